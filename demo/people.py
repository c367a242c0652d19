"""People of the demo archive, their name variants and the offices they held."""

from archive.models import Organization, Person, Place, Status

from .sync import tr

MINISTER_KZ = (
    "Minister of Culture and Information of Kazakhstan",
    "Қазақстан Республикасының Мәдениет және ақпарат министрі",
    "Министр культуры и информации Республики Казахстан",
)
MINISTER_FR = (
    "Minister of Culture of France",
    "Франция Мәдениет министрі",
    "Министр культуры Франции",
    "Ministre de la Culture",
)
UNESCO_ADG = (
    "UNESCO Assistant Director-General for Culture",
    "ЮНЕСКО Бас директорының мәдениет жөніндегі көмекшісі",
    "Помощник Генерального директора ЮНЕСКО по вопросам культуры",
    "Sous-Directeur général de l'UNESCO pour la culture",
)
PRESIDENT_KZ = ("President of Kazakhstan", "Қазақстан Президенті", "Президент Казахстана", "Président du Kazakhstan")
FOREIGN_MINISTER_KZ = (
    "Minister of Foreign Affairs of Kazakhstan",
    "Қазақстанның Сыртқы істер министрі",
    "Министр иностранных дел Казахстана",
)
UNESCO_DG = (
    "Director-General of UNESCO",
    "ЮНЕСКО Бас директоры",
    "Генеральный директор ЮНЕСКО",
    "Directrice générale de l'UNESCO",
)

# Each person: slug, names (en, kk, ru, fr), aliases, EDTF life span, summary, status,
# positions as (office, organization slug, country slug, EDTF period).
PEOPLE = [
    {
        "slug": "aida-balayeva",
        "name": ("Aida Balayeva", "Аида Балаева", "Аида Балаева", "Aïda Balaïeva"),
        "sort_name": "Balayeva, Aida",
        "aliases": ["Balaeva", "Балаева", "Aida Balaeva", "A. Balaeva", "Аида Балаева"],
        "summary": (
            "Kazakh minister responsible for culture and information. In late September 2025 she spent two days in "
            "Paris for talks at UNESCO and with the French culture minister.",
            "Қазақстанның мәдениет және ақпарат министрі. 2025 жылғы қыркүйекте Парижде ЮНЕСКО-да және Францияның "
            "мәдениет министрімен келіссөздер жүргізді.",
            "Министр культуры и информации Казахстана. В сентябре 2025 года провела в Париже переговоры в ЮНЕСКО и с "
            "министром культуры Франции.",
        ),
        "positions": [(MINISTER_KZ, "ministry-culture-information-kazakhstan", "kazakhstan", "2023/..")],
    },
    {
        "slug": "rachida-dati",
        "name": ("Rachida Dati", "Рашида Дати", "Рашида Дати", "Rachida Dati"),
        "aliases": ["Дати", "R. Dati"],
        "date": "1965-11-27/..",
        "summary": (
            "French politician and former justice minister who took charge of the Ministry of Culture in January 2024. "
            "She received her Kazakh counterpart in Paris on 25 September 2025.",
            "",
            "Французский политик, бывший министр юстиции; министр культуры Франции с января 2024 года.",
        ),
        "positions": [
            (MINISTER_FR, "ministere-de-la-culture", "france", "2024-01-11/"),
            (
                (
                    "Minister of Justice of France",
                    "Франция Әділет министрі",
                    "Министр юстиции Франции",
                    "Garde des Sceaux, ministre de la Justice",
                ),
                None,
                "france",
                "2007-05-18/2009-06-23",
            ),
        ],
    },
    {
        "slug": "ernesto-ottone",
        "name": ("Ernesto Ottone Ramírez", "Эрнесто Оттоне Рамирес", "Эрнесто Оттоне Рамирес"),
        "sort_name": "Ottone Ramírez, Ernesto",
        "aliases": ["Ernesto Ottone", "E. Ottone", "Оттоне"],
        "summary": (
            "Chilean cultural manager, once his country's culture minister, who heads the culture sector of UNESCO. "
            "On 24 September 2025 he was handed the draft Ustyurt nomination file.",
            "",
            "Чилийский деятель культуры, бывший министр культуры Чили, руководит сектором культуры ЮНЕСКО.",
        ),
        "positions": [
            (UNESCO_ADG, "unesco", None, "2018/.."),
            (
                ("Minister of Culture of Chile", "Чили Мәдениет министрі", "Министр культуры Чили"),
                None,
                "chile",
                "2015/2018",
            ),
        ],
    },
    {
        "slug": "nurgisa-tlendiyev",
        "name": ("Nurgisa Tlendiyev", "Нұрғиса Тілендиев", "Нургиса Тлендиев", "Nourguissa Tlendiev"),
        "aliases": [
            "Tlendiev",
            "Тлендиев",
            "Тілендиев",
            "Nurgisa Tlendiev",
            "Нұрғиса Атабайұлы Тілендиев",
            "Нургиса Атабаевич Тлендиев",
        ],
        "date": "1925-05-07/1998-11-21",
        "summary": (
            "Composer, conductor and dombra player, one of the best-loved Kazakh melodists of the twentieth century. "
            "His hundredth birthday was marked with a concert at UNESCO in 2025.",
            "Композитор, дирижёр және домбырашы, ХХ ғасырдағы қазақ әуенінің шебері. 2025 жылы оның 100 жылдығына "
            "арналған концерт ЮНЕСКО-да өтті.",
            "Композитор, дирижёр и домбрист, один из самых любимых казахских мелодистов XX века. В 2025 году его "
            "столетие отметили концертом в ЮНЕСКО.",
        ),
        "positions": [
            (
                (
                    "Founder and artistic director of the Otyrar Sazy orchestra",
                    "«Отырар сазы» оркестрінің негізін қалаушы және көркемдік жетекшісі",
                    "Основатель и художественный руководитель оркестра «Отрар сазы»",
                ),
                "otyrar-sazy",
                "kazakhstan",
                "1981/1998",
            ),
        ],
    },
    {
        "slug": "nursultan-nazarbayev",
        "name": ("Nursultan Nazarbayev", "Нұрсұлтан Назарбаев", "Нурсултан Назарбаев", "Noursoultan Nazarbaïev"),
        "aliases": ["Nazarbaev", "Назарбаев", "N. Nazarbayev", "Nursultan Abishuly Nazarbayev"],
        "date": "1940-07-06/..",
        "summary": (
            "Kazakhstan's first president. His speeches and articles launched many of the cultural and foreign policy "
            "initiatives in this archive, from CICA to the Spiritual Revival programme.",
            "Қазақстанның тұңғыш Президенті. Оның сөздері мен мақалалары АӨСШК-дан «Рухани жаңғыруға» дейінгі көптеген "
            "бастамаларға жол ашты.",
            "Первый президент Казахстана, инициатор СВМДА, Съезда лидеров религий и программы «Рухани жаңғыру».",
        ),
        "positions": [(PRESIDENT_KZ, None, "kazakhstan", "1990-04-24/2019-03-20")],
    },
    {
        "slug": "kassym-jomart-tokayev",
        "name": ("Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев", "Kassym-Jomart Tokaïev"),
        "aliases": ["Tokaev", "Токаев", "Тоқаев", "Qasym-Jomart Toqaev", "K. Tokayev"],
        "date": "1953-05-17/..",
        "summary": (
            "Diplomat who twice led the foreign ministry before becoming president in 2019. In a 1997 book he "
            "described Kazakhstan's early dealings with its two great neighbours as a search for balance.",
            "",
            "Дипломат, дважды возглавлявший МИД, президент Казахстана с 2019 года.",
        ),
        "positions": [
            (PRESIDENT_KZ, None, "kazakhstan", "2019-03-20/.."),
            (FOREIGN_MINISTER_KZ, None, "kazakhstan", "2002/2007"),
            (FOREIGN_MINISTER_KZ, None, "kazakhstan", "1994/1999"),
        ],
    },
    {
        "slug": "olzhas-suleimenov",
        "name": ("Olzhas Suleimenov", "Олжас Сүлейменов", "Олжас Сулейменов", "Olzhas Souleïmenov"),
        "aliases": ["Olzhas Suleymenov", "Suleymenov", "Сулейменов", "Сүлейменов"],
        "date": "1936-05-18/..",
        "summary": (
            "Poet, essayist and diplomat. Since 2020 he has led the Almaty centre that carries on the work of the "
            "UNESCO decade for the rapprochement of cultures.",
            "Ақын, эссеист және дипломат; 2020 жылдан бері Алматыдағы Мәдениеттерді жақындастыру халықаралық "
            "орталығын басқарады.",
            "Поэт, эссеист и дипломат; с 2020 года руководит Международным центром сближения культур в Алматы.",
        ),
        "positions": [
            (
                (
                    "Head of the International Centre for the Rapprochement of Cultures",
                    "Мәдениеттерді жақындастыру халықаралық орталығының басшысы",
                    "Руководитель Международного центра сближения культур",
                ),
                "international-centre-rapprochement-cultures",
                "kazakhstan",
                "2020/..",
            ),
        ],
    },
    {
        "slug": "abzal-dosbolov",
        "name": ("Abzal Dosbolov", "Абзал Досболов", "Абзал Досболов"),
        "aliases": ["Dosbolov A.", "ДОСБОЛОВ Абзал"],
        "summary": (
            "International relations scholar in Turkistan, corresponding author of a 2025 study of Kazakhstan's "
            "cultural diplomacy.",
            "Түркістандағы халықаралық қатынастар саласының ғалымы, PhD.",
            "Специалист по международным отношениям из Туркестана, доктор PhD.",
        ),
        "sources": "ORCID: https://orcid.org/0000-0002-8168-2431",
        "positions": [
            (
                (
                    "Senior lecturer, Department of International Relations",
                    "Халықаралық қатынастар кафедрасының аға оқытушысы",
                    "Старший преподаватель кафедры международных отношений",
                ),
                "yasawi-university",
                "kazakhstan",
                "2025",
            ),
        ],
    },
    {
        "slug": "firat-purtas",
        "name": ("Fırat Purtaş", "Фырат Пурташ", "Фырат Пурташ", "Fırat Purtaş"),
        "aliases": ["Firat Purtas", "Purtas F.", "Пурташ", "Purlaş"],
        "summary": (
            "Turkish professor of international relations in Ankara who has written on Kazakh–Turkish ties in culture "
            "and the arts.",
            "",
            "Турецкий профессор международных отношений (Анкара).",
        ),
        "sources": "ORCID: https://orcid.org/0000-0002-0531-4178",
        "positions": [
            (
                (
                    "Professor, Department of International Relations",
                    "Халықаралық қатынастар кафедрасының профессоры",
                    "Профессор кафедры международных отношений",
                ),
                "haci-bayram-veli-university",
                "turkiye",
                "2025",
            ),
        ],
    },
    {
        "slug": "joseph-nye",
        "name": ("Joseph S. Nye", "Джозеф Най", "Джозеф Най", "Joseph Nye"),
        "sort_name": "Nye, Joseph S.",
        "aliases": ["Joseph Nye", "Nye J.S.", "Joseph Samuel Nye Jr."],
        "summary": "American political scientist, born in 1937, who coined the phrase soft power around 1990.",
    },
    {
        "slug": "theodor-heuss",
        "name": ("Theodor Heuss", "Теодор Хойс", "Теодор Хойс", "Theodor Heuss"),
        "date": "1884-01-31/1963-12-12",
        "summary": (
            "Liberal politician who became the first head of state of West Germany; he is often quoted on culture "
            "shaping politics rather than the other way round.",
            "",
            "Первый федеральный президент ФРГ.",
        ),
        "positions": [
            (
                (
                    "President of the Federal Republic of Germany",
                    "Германия Федеративтік Республикасының Президенті",
                    "Федеральный президент ФРГ",
                ),
                None,
                "germany",
                "1949-09-12/1959-09-12",
            ),
        ],
    },
    {
        "slug": "edward-burnett-tylor",
        "name": ("Edward Burnett Tylor", "Эдуард Бернетт Тайлор", "Эдуард Бернетт Тайлор"),
        "aliases": ["E. B. Tylor", "Tylor"],
        "date": "1832-10-02/1917-01-02",
        "summary": "English anthropologist whose broad definition of culture is still cited in textbooks.",
    },
    {
        "slug": "raymond-williams",
        "name": ("Raymond Williams", "Рэймонд Уильямс", "Рэймонд Уильямс"),
        "date": "1921-08-31/1988-01-26",
        "summary": "Welsh critic who called culture one of the hardest words in English to pin down.",
    },
    {
        "slug": "cardinal-richelieu",
        "name": ("Cardinal Richelieu", "Кардинал Ришелье", "Кардинал Ришелье", "Cardinal de Richelieu"),
        "sort_name": "Richelieu, Cardinal",
        "aliases": ["Armand Jean du Plessis de Richelieu", "Richelieu", "Ришелье"],
        "date": "1585-09-09/1642-12-04",
        "summary": (
            "Chief minister of Louis XIII who gave a private literary circle royal standing as the Académie française.",
            "",
            "Первый министр Людовика XIII, основатель Французской академии.",
        ),
        "positions": [
            (
                ("Chief Minister of France", "Франция бас министрі", "Первый министр Франции"),
                None,
                "france",
                "1624/1642",
            ),
        ],
    },
    {
        "slug": "valentin-conrart",
        "name": ("Valentin Conrart", "Валантен Конрар", "Валантен Конрар", "Valentin Conrart"),
        "date": "1603/1675-09-23",
        "summary": "Writer in whose Paris house the first members of the Académie française used to meet.",
        "positions": [
            (
                ("Permanent secretary of the Académie française", "", "Непременный секретарь Французской академии"),
                "academie-francaise",
                "france",
                "1635/1675",
            ),
        ],
    },
    {
        "slug": "max-horkheimer",
        "name": ("Max Horkheimer", "Макс Хоркхаймер", "Макс Хоркхаймер"),
        "date": "1895-02-14/1973-07-07",
        "summary": "Philosopher and long-time director of the Frankfurt Institute for Social Research.",
    },
    {
        "slug": "theodor-adorno",
        "name": ("Theodor W. Adorno", "Теодор Адорно", "Теодор Адорно"),
        "sort_name": "Adorno, Theodor W.",
        "date": "1903-09-11/1969-08-06",
        "summary": "Philosopher of the Frankfurt School, co-author of the critique of the culture industry.",
    },
    {
        "slug": "herbert-marcuse",
        "name": ("Herbert Marcuse", "Герберт Маркузе", "Герберт Маркузе"),
        "date": "1898-07-19/1979-07-29",
        "summary": "Frankfurt School thinker who later taught in the United States.",
    },
    {
        # Deliberately a draft in English only.
        "slug": "jurgen-habermas",
        "name": "Jürgen Habermas",
        "sort_name": "Habermas, Jürgen",
        "aliases": ["Jurgen Habermas", "Хабермас"],
        "summary": "German philosopher of the second generation of the Frankfurt School.",
        "status": Status.DRAFT,
    },
    {
        "slug": "boris-yeltsin",
        "name": ("Boris Yeltsin", "Борис Ельцин", "Борис Ельцин", "Boris Eltsine"),
        "aliases": ["Boris Eltsin", "Ельцин"],
        "date": "1931-02-01/2007-04-23",
        "summary": (
            "Russian leader who, together with Nazarbayev, tried to broker a settlement over Karabakh in 1991.",
            "",
            "Президент России; в 1991 году вместе с Назарбаевым пытался урегулировать карабахский конфликт.",
        ),
        "positions": [
            (("President of Russia", "Ресей Президенті", "Президент России"), None, "russia", "1991-07-10/1999-12-31"),
        ],
    },
    {
        "slug": "pope-francis",
        "name": ("Pope Francis", "Рим Папасы Франциск", "Папа Франциск", "Pape François"),
        "sort_name": "Francis, Pope",
        "aliases": ["Jorge Mario Bergoglio", "Франциск"],
        "date": "1936-12-17/2025-04-21",
        "summary": (
            "Head of the Catholic Church who travelled to Astana for the seventh Congress of religious leaders in "
            "September 2022.",
            "",
            "Глава Католической церкви; в сентябре 2022 года участвовал в VII Съезде лидеров религий в Астане.",
        ),
        "positions": [(("Pope", "Рим Папасы", "Папа Римский", "Pape"), None, None, "2013-03-13/2025-04-21")],
    },
    {
        "slug": "irina-bokova",
        "name": ("Irina Bokova", "Ирина Бокова", "Ирина Бокова", "Irina Bokova"),
        "date": "1952-07-12/..",
        "summary": "Bulgarian diplomat who led UNESCO in the first half of the decade for bringing cultures closer.",
        "status": Status.IN_REVIEW,
        "positions": [(UNESCO_DG, "unesco", None, "2009-11-15/2017-11-14")],
    },
    {
        "slug": "audrey-azoulay",
        "name": ("Audrey Azoulay", "Одри Азуле", "Одри Азуле", "Audrey Azoulay"),
        "date": "1972-08-04/..",
        "summary": (
            "French culture minister in 2016–2017, then head of UNESCO for two terms, during which the Tlendiyev "
            "centenary concert took place at its Paris headquarters.",
            "",
            "Министр культуры Франции в 2016–2017 годах, затем генеральный директор ЮНЕСКО.",
        ),
        "positions": [
            (UNESCO_DG, "unesco", None, "2017-11-15/2025-11-14"),
            (MINISTER_FR, "ministere-de-la-culture", "france", "2016-02-11/2017-05-10"),
        ],
    },
]


def load(loader):
    for data in PEOPLE:
        values = {
            **tr("name", data["name"]),
            **tr("summary", data.get("summary", "")),
            "aliases": "\n".join(data.get("aliases", [])),
            "date": data.get("date", ""),
            "sources": data.get("sources", ""),
            "status": data.get("status", Status.PUBLISHED),
        }
        if "sort_name" in data:
            values["sort_name"] = data["sort_name"]
        person, touched = loader.record(Person, data["slug"], values)
        if not touched:
            continue
        wanted = {}
        for office, organization, country, period in data.get("positions", []):
            title = tr("title", office)
            wanted[title["title_en"], period] = {
                "person": person,
                **title,
                "organization": loader.get(Organization, organization) if organization else None,
                "country": loader.get(Place, country) if country else None,
                "date": period,
            }
        loader.rows(person.positions.all(), lambda row: (row.title_en, row.date), wanted)
