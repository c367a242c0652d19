"""Events of Kazakhstan's cultural policy and diplomacy since independence."""

from archive.models import Event, EventOrganization, Status

from .people import PRESIDENT_KZ

Type = Event.Type
HOST, ORGANIZER, PARTNER = EventOrganization.Role.HOST, EventOrganization.Role.ORGANIZER, EventOrganization.Role.PARTNER
ARTICLE = "Dosbolov A., Purtaş F. The global aspect of Kazakhstan's cultural policies (2025)."
CONGRESS = "congress-world-traditional-religions"
HOST_PRESIDENT = (
    "President of Kazakhstan, host",
    "Қазақстан Президенті, қабылдаушы тарап",
    "Президент Казахстана, принимающая сторона",
)


def _capital_title(slug, city, year, program, organizer, names, summary):
    """A city's year as a cultural capital: the same shape four times."""
    return {
        "slug": slug,
        "title": names,
        "event_type": Type.CEREMONY,
        "date": year,
        "place": city,
        "programs": [program],
        "organizations": [(organizer, ORGANIZER)],
        "themes": ["turkic-world" if organizer == "turksoy" else "cultural-diplomacy"],
        "summary": summary,
        "sources": ARTICLE,
    }


EVENTS = [
    {
        "slug": "zheleznovodsk-karabakh-mediation-1991",
        "title": (
            "Nazarbayev and Yeltsin mediate over Karabakh",
            "Назарбаев пен Ельцин Қарабақ мәселесінде делдал болды",
            "Посредничество Назарбаева и Ельцина по Карабаху",
        ),
        "event_type": Type.AGREEMENT,
        "date": "1991-09-23",
        "place": "zheleznovodsk",
        "participants": [
            (
                "nursultan-nazarbayev",
                ("President of the Kazakh SSR, mediator", "", "Президент Казахской ССР, посредник"),
            ),
            ("boris-yeltsin", ("President of the RSFSR, mediator", "", "Президент РСФСР, посредник")),
        ],
        "themes": ["peace-mediation"],
        "summary": (
            "Months before the Soviet Union ended, the two leaders brought Azerbaijani and Armenian representatives "
            "to a joint communiqué: Kazakhstan's first attempt at mediation.",
            "",
            "Ещё до распада СССР два лидера добились совместного коммюнике Азербайджана и Армении.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "kazakhstan-independence-1991",
        "title": (
            "Kazakhstan declares independence",
            "Қазақстан тәуелсіздігін жариялады",
            "Казахстан провозглашает независимость",
            "Le Kazakhstan proclame son indépendance",
        ),
        "event_type": Type.CEREMONY,
        "date": "1991-12-16",
        "place": "almaty",
        "themes": ["national-identity"],
        "summary": (
            "The last Soviet republic to leave the union adopted its law on state independence.",
            "КСРО-дан соңғы болып шыққан республика Мемлекеттік тәуелсіздік туралы заң қабылдады.",
            "Последняя из союзных республик приняла закон о государственной независимости.",
        ),
    },
    {
        "slug": "cica-proposal-un-general-assembly-1992",
        "title": (
            "Nazarbayev proposes CICA at the UN General Assembly",
            "Назарбаев БҰҰ Бас Ассамблеясында АӨСШК-ны ұсынды",
            "Назарбаев предлагает СВМДА на Генеральной Ассамблее ООН",
        ),
        "event_type": Type.CONFERENCE,
        "date": "1992-10-05",
        "place": "un-headquarters",
        "organizations": [("united-nations", HOST)],
        "participants": [("nursultan-nazarbayev", PRESIDENT_KZ)],
        "themes": ["peace-mediation"],
        "summary": (
            "In his first address to the General Assembly the president suggested a body for security and trust in "
            "Asia, modelled loosely on the OSCE; few Asian governments were keen at first.",
            "Президент Бас Ассамблеяда Азиядағы қауіпсіздік пен сенім жөніндегі құрылымды ұсынды.",
            "Президент предложил создать азиатскую структуру безопасности и доверия по образцу ОБСЕ.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "cica-deputy-ministers-almaty-1996",
        "title": (
            "CICA deputy foreign ministers meet in Almaty",
            "",
            "Встреча заместителей министров иностранных дел СВМДА",
        ),
        "event_type": Type.MEETING,
        "date": "1996",
        "place": "almaty",
        "organizations": [("cica", ORGANIZER)],
        "themes": ["peace-mediation"],
        "summary": "Deputy ministers from the fifteen countries that had signed up to the idea met for the first time.",
        "sources": ARTICLE,
    },
    {
        "slug": "cica-foreign-ministers-1999",
        "title": (
            "First meeting of CICA foreign ministers",
            "АӨСШК сыртқы істер министрлерінің алғашқы кеңесі",
            "Первое совещание министров иностранных дел СВМДА",
        ),
        "event_type": Type.MEETING,
        "date": "1999-09-14",
        "place": "almaty",
        "organizations": [("cica", ORGANIZER)],
        "themes": ["peace-mediation"],
        "summary": (
            "Ministers agreed the principles that were to guide relations between member states.",
            "",
            "Министры согласовали принципы отношений между государствами-членами.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "cica-first-summit-almaty-2002",
        "title": ("First CICA summit", "АӨСШК-ның бірінші саммиті", "Первый саммит СВМДА"),
        "event_type": Type.CONGRESS,
        "date": "2002-06-04",
        "place": "almaty",
        "organizations": [("cica", ORGANIZER)],
        "participants": [("nursultan-nazarbayev", HOST_PRESIDENT)],
        "themes": ["peace-mediation"],
        "summary": (
            "Heads of state adopted the founding act of the conference, which today counts twenty-seven members "
            "covering most of Asia's land and people.",
            "Мемлекет басшылары кеңестің құрылтай актісін қабылдады.",
            "Главы государств приняли учредительный акт Совещания.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "kazakhstan-2030-address-1997",
        "title": (
            "Kazakhstan 2030 strategy announced",
            "«Қазақстан – 2030» стратегиясы жарияланды",
            "Объявлена стратегия «Казахстан – 2030»",
        ),
        "event_type": Type.OTHER,
        "date": "1997-10-10",
        "place": "almaty",
        "programs": ["kazakhstan-2030"],
        "participants": [("nursultan-nazarbayev", PRESIDENT_KZ)],
        "themes": ["national-identity"],
        "summary": (
            "The president's address set out long-term goals; culture barely featured, as the early foreign policy "
            "was about borders, security and the economy.",
            "",
            "Послание президента с долгосрочными целями; культура в нём почти не упоминалась.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "capital-moves-to-akmola-1997",
        "title": (
            "The capital moves from Almaty to Akmola",
            "Елорда Алматыдан Ақмолаға көшті",
            "Столица переносится из Алматы в Акмолу",
        ),
        "event_type": Type.CEREMONY,
        "date": "1997-12-10",
        "place": "astana",
        "themes": ["national-identity"],
        "summary": (
            "Government and parliament began work in the new capital on the Ishim river.",
            "Үкімет пен Парламент Есіл өзенінің жағасындағы жаңа елордада жұмысқа кірісті.",
            "Правительство и парламент начали работу в новой столице на Ишиме.",
        ),
    },
    {
        "slug": "akmola-renamed-astana-1998",
        "title": ("Akmola is renamed Astana", "Ақмола Астана болып өзгертілді", "Акмола переименована в Астану"),
        "event_type": Type.CEREMONY,
        "date": "1998-05-06",
        "place": "astana",
        "themes": ["national-identity"],
        "summary": (
            "The new capital took the name Astana, the Kazakh word for capital.",
            "Жаңа елорда «Астана» атауын алды.",
            "Новая столица получила имя Астана — «столица» по-казахски.",
        ),
    },
    {
        "slug": "congress-religions-first-2003",
        "title": (
            "First Congress of Leaders of World and Traditional Religions",
            "Әлемдік және дәстүрлі діндер көшбасшыларының I съезі",
            "I Съезд лидеров мировых и традиционных религий",
        ),
        "event_type": Type.CONGRESS,
        "date": "2003-09-23/2003-09-24",
        "place": "astana",
        "programs": [CONGRESS],
        "participants": [
            ("nursultan-nazarbayev", ("President of Kazakhstan, initiator", "", "Президент Казахстана, инициатор"))
        ],
        "themes": ["dialogue-religions", "peace-mediation"],
        "summary": (
            "Two years after the September 2001 attacks, Astana invited religious leaders to talk about living "
            "together, offering the country's own interfaith calm as an example.",
            "2001 жылғы қыркүйек оқиғаларынан кейін Астана діни көшбасшыларды бейбіт қатар өмір сүру туралы "
            "сұхбатқа шақырды.",
            "Через два года после терактов сентября 2001 года Астана пригласила религиозных лидеров к диалогу.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "congress-religions-second-2006",
        "title": (
            "Second Congress of Leaders of World and Traditional Religions",
            "Әлемдік және дәстүрлі діндер көшбасшыларының II съезі",
            "II Съезд лидеров мировых и традиционных религий",
        ),
        "event_type": Type.CONGRESS,
        "date": "2006-09-12/2006-09-13",
        "place": "palace-of-peace-and-reconciliation",
        "programs": [CONGRESS],
        "themes": ["dialogue-religions"],
        "summary": (
            "The first congress held in the pyramid built for it.",
            "Съезд алғаш рет арнайы салынған пирамидада өтті.",
            "Первый съезд в построенной для него пирамиде.",
        ),
    },
    {
        "slug": "congress-religions-sixth-2018",
        "title": (
            "Sixth Congress: religious leaders for a safe world",
            "VI съезд: қауіпсіз әлем үшін діни көшбасшылар",
            "VI Съезд: религиозные лидеры за безопасный мир",
        ),
        "event_type": Type.CONGRESS,
        "date": "2018-10-10/2018-10-11",
        "place": "astana",
        "programs": [CONGRESS],
        "participants": [("nursultan-nazarbayev", HOST_PRESIDENT)],
        "themes": ["dialogue-religions", "peace-mediation"],
        "summary": (
            "More than eighty representatives of faiths and international bodies met under the motto of a safer world.",
            "",
            "Более восьмидесяти представителей религий и международных организаций.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "congress-religions-seventh-2022",
        "title": (
            "Seventh Congress of Leaders of World and Traditional Religions",
            "Әлемдік және дәстүрлі діндер көшбасшыларының VII съезі",
            "VII Съезд лидеров мировых и традиционных религий",
        ),
        "event_type": Type.CONGRESS,
        "date": "2022-09-14/2022-09-15",
        "place": "astana",
        "programs": [CONGRESS],
        "participants": [
            ("kassym-jomart-tokayev", HOST_PRESIDENT),
            (
                "pope-francis",
                (
                    "Head of the Catholic Church, guest",
                    "Католик шіркеуінің басшысы",
                    "Глава Католической церкви, гость",
                ),
            ),
        ],
        "themes": ["dialogue-religions"],
        "summary": (
            "The pope's visit made this the most watched congress so far.",
            "Рим Папасының сапары бұл съезді ерекше етті.",
            "Визит папы сделал этот съезд самым заметным.",
        ),
    },
    {
        "slug": "cultural-heritage-program-launch-2004",
        "title": (
            "The Cultural Heritage programme begins",
            "«Мәдени мұра» бағдарламасы басталды",
            "Начало программы «Культурное наследие»",
        ),
        "event_type": Type.OTHER,
        "date": "2004",
        "place": "kazakhstan",
        "programs": ["cultural-heritage-program"],
        "themes": ["heritage", "national-identity"],
        "summary": (
            "The year from which researchers date the entry of culture into Kazakhstan's foreign policy.",
            "Зерттеушілер мәдениеттің Қазақстанның сыртқы саясатына енуін осы жылдан бастап есептейді.",
            "С этого года исследователи отсчитывают вхождение культуры во внешнюю политику Казахстана.",
        ),
        "sources": ARTICLE,
    },
    _capital_title(
        "astana-cis-capital-of-culture-2012",
        "astana",
        "2012",
        "cis-capitals-of-culture",
        "cis",
        (
            "Astana, CIS capital of culture",
            "Астана — ТМД-ның мәдени астанасы",
            "Астана — культурная столица Содружества",
        ),
        (
            "Astana held the Commonwealth title in the same year as the Turkic one.",
            "",
            "Астана носила звание Содружества в тот же год, что и тюркское.",
        ),
    ),
    _capital_title(
        "astana-turkic-cultural-capital-2012",
        "astana",
        "2012",
        "cultural-capitals-turkic-world",
        "turksoy",
        (
            "Astana, cultural capital of the Turkic world",
            "Астана — түркі әлемінің мәдени астанасы",
            "Астана — культурная столица тюркского мира",
        ),
        (
            "The first city to carry TURKSOY's yearly title.",
            "ТҮРКСОЙ атағын алғаш иеленген қала.",
            "Первый город со званием ТЮРКСОЙ.",
        ),
    ),
    _capital_title(
        "almaty-cis-capital-of-culture-2014",
        "almaty",
        "2014",
        "cis-capitals-of-culture",
        "cis",
        (
            "Almaty, CIS capital of culture",
            "Алматы — ТМД-ның мәдени астанасы",
            "Алматы — культурная столица Содружества",
        ),
        (
            "A year of festivals and exchanges with the Commonwealth countries.",
            "",
            "Год фестивалей и обменов со странами Содружества.",
        ),
    ),
    _capital_title(
        "turkistan-turkic-cultural-capital-2017",
        "turkistan",
        "2017",
        "cultural-capitals-turkic-world",
        "turksoy",
        (
            "Turkistan, cultural capital of the Turkic world",
            "Түркістан — түркі әлемінің мәдени астанасы",
            "Туркестан — культурная столица тюркского мира",
            "Turkestan, capitale culturelle du monde turc",
        ),
        (
            "The city of Khoja Ahmed Yasawi's shrine became the Turkic world's cultural capital for a year.",
            "Қожа Ахмет Ясауи кесенесі тұрған қала бір жыл бойы түркі әлемінің мәдени астанасы болды.",
            "Город мавзолея Ходжи Ахмеда Ясави на год стал культурной столицей тюркского мира.",
        ),
    ),
    _capital_title(
        "shymkent-cis-capital-of-culture-2020",
        "shymkent",
        "2020",
        "cis-capitals-of-culture",
        "cis",
        (
            "Shymkent, CIS capital of culture",
            "Шымкент — ТМД-ның мәдени астанасы",
            "Шымкент — культурная столица Содружества",
        ),
        ("The third Kazakh city to hold the Commonwealth title.", "", "Третий казахстанский город с этим званием."),
    ),
    {
        "slug": "rukhani-zhangyru-article-2017",
        "title": (
            "Programme article on the modernisation of public consciousness",
            "«Болашаққа бағдар: рухани жаңғыру» бағдарламалық мақаласы",
            "Программная статья «Взгляд в будущее: модернизация общественного сознания»",
        ),
        "event_type": Type.OTHER,
        "date": "2017-04-12",
        "place": "kazakhstan",
        "programs": [
            "rukhani-zhangyru",
            "tugan-zher",
            "sacred-geography",
            "100-new-faces",
            "modern-kazakh-culture-global-world",
        ],
        "participants": [
            ("nursultan-nazarbayev", ("President of Kazakhstan, author", "", "Президент Казахстана, автор"))
        ],
        "themes": ["national-identity"],
        "summary": (
            "The article asked for the country to be known abroad for its culture and ideas as well as its raw "
            "materials, and launched the special projects of Spiritual Revival.",
            "Мақала елдің шикізатымен ғана емес, мәдениетімен де танылуын талап етіп, арнайы жобаларды бастады.",
            "Статья призвала к тому, чтобы страну знали не только по сырью, но и по культуре, и дала старт "
            "спецпроектам.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "great-steppe-exhibition-ankara-2019",
        "title": (
            "Great Steppe: history and culture, in Ankara",
            "«Ұлы дала: тарих және мәдениет» көрмесі Анкарада",
            "Выставка «Великая степь: история и культура» в Анкаре",
            "« La Grande Steppe » à Ankara",
        ),
        "event_type": Type.EXHIBITION,
        "date": "2019-09-12/2019-10-12",
        "place": "museum-of-anatolian-civilizations",
        "programs": ["golden-man-world-museums"],
        "organizations": [
            ("museum-of-anatolian-civilizations-org", HOST),
            ("ministry-culture-sports-kazakhstan", ORGANIZER),
        ],
        "themes": ["museums-exhibitions", "turkic-world", "heritage"],
        "summary": (
            "For a month the Golden Man and some two hundred steppe artefacts were shown in the Turkish capital, "
            "inviting visitors to see Saka history as part of the Turkic story.",
            "Бір ай бойы «Алтын адам» мен далалық екі жүзге жуық жәдігер Түркия астанасында көрсетілді.",
            "Месяц «Золотой человек» и около двухсот степных артефактов экспонировались в столице Турции.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "iran-nuclear-talks-almaty-february-2013",
        "title": (
            "Iran nuclear talks in Almaty (February)",
            "Алматыдағы Иран ядролық бағдарламасы жөніндегі келіссөздер (ақпан)",
            "Переговоры по ядерной программе Ирана в Алматы (февраль)",
        ),
        "event_type": Type.MEETING,
        "date": "2013-02-26/2013-02-27",
        "place": "almaty",
        "themes": ["peace-mediation"],
        "summary": (
            "Iran and six world powers met in Almaty; hosting them raised Kazakhstan's profile as a neutral venue.",
            "",
            "Иран и «шестёрка» встретились в Алматы.",
        ),
        "sources": ARTICLE,
    },
    {
        "slug": "iran-nuclear-talks-almaty-april-2013",
        "title": (
            "Iran nuclear talks in Almaty (April)",
            "",
            "Переговоры по ядерной программе Ирана в Алматы (апрель)",
        ),
        "event_type": Type.MEETING,
        "date": "2013-04-05/2013-04-06",
        "place": "almaty",
        "themes": ["peace-mediation"],
        "status": Status.DRAFT,
        "summary": "A second round in the same city a few weeks later.",
    },
    {
        "slug": "astana-talks-syria-2017",
        "title": (
            "First round of the Astana talks on Syria",
            "Сирия жөніндегі Астана процесінің бірінші раунды",
            "Первый раунд астанинских переговоров по Сирии",
        ),
        "event_type": Type.MEETING,
        "date": "2017-01-23/2017-01-24",
        "place": "rixos-president-astana",
        "themes": ["peace-mediation"],
        "summary": (
            "Talks on ending the Syrian civil war opened in Astana and went on in a long series of rounds that became "
            "known as the Astana process.",
            "Сириядағы азаматтық соғысты тоқтату жөніндегі келіссөздер Астанада басталды.",
            "В Астане начались переговоры об урегулировании в Сирии, известные как астанинский процесс.",
        ),
        "sources": ARTICLE,
    },
]
