"""Events of Kazakhstan's cultural dialogue with France and UNESCO."""

from archive.models import Event, EventOrganization, Status

from .people import MINISTER_FR, MINISTER_KZ, UNESCO_ADG

Type = Event.Type
HOST, ORGANIZER, PARTNER = EventOrganization.Role.HOST, EventOrganization.Role.ORGANIZER, EventOrganization.Role.PARTNER
KZ_MINISTRY = "ministry-culture-information-kazakhstan"
COOPERATION = "kazakhstan-france-cultural-cooperation"
DAYS = "days-of-kazakh-culture-in-france"
FRANCE_ARTICLE = "France and Kazakhstan: Cultural Cooperation as a Reflection of a New Ideological Platform (2025)."

EVENTS = [
    {
        "slug": "balayeva-dati-paris-2025",
        "title": (
            "Aida Balayeva and Rachida Dati meet in Paris",
            "Аида Балаева мен Рашида Дати Парижде кездесті",
            "Встреча Аиды Балаевой и Рашиды Дати в Париже",
            "Rencontre d'Aïda Balaïeva et de Rachida Dati à Paris",
        ),
        "event_type": Type.MEETING,
        "date": "2025-09-25",
        "place": "paris",
        "programs": [COOPERATION],
        "organizations": [("ministere-de-la-culture", HOST), (KZ_MINISTRY, PARTNER)],
        "participants": [("aida-balayeva", MINISTER_KZ), ("rachida-dati", MINISTER_FR)],
        "themes": ["cultural-diplomacy", "cinema-animation", "training-crafts", "heritage"],
        "summary": (
            "The culture ministers of Kazakhstan and France took stock of their countries' growing cultural ties and "
            "talked about co-producing films, cartoons and programmes for children.",
            "Қазақстан мен Францияның мәдениет министрлері екі ел арасындағы мәдени байланыстарды талқылап, фильмдер, "
            "анимация мен балаларға арналған контентті бірлесіп шығару туралы сөйлесті.",
            "Министры культуры Казахстана и Франции обсудили растущие культурные связи двух стран и совместное "
            "производство фильмов, анимации и детского контента.",
            "Les ministres de la culture du Kazakhstan et de la France ont fait le point sur leurs liens culturels et "
            "évoqué des coproductions de films, d'animation et de programmes pour enfants.",
        ),
        "body": (
            "The meeting closed a two-day working visit by the Kazakh minister. Balayeva asked for more joint "
            "research, for placements of young Kazakh professionals in major French cultural institutions, and for "
            "partnerships in film, animation and content for children.\n\n"
            "She gave particular weight to the backstage trades: sound, lighting and costume. The two ministers also "
            "talked about museum work, archaeology and the care of historic monuments. Dati spoke warmly of "
            "Kazakhstan's heritage work and said French institutions were ready to do more with their Kazakh "
            "counterparts."
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "balayeva-ottone-unesco-2025",
        "title": (
            "Aida Balayeva meets Ernesto Ottone at UNESCO",
            "Аида Балаева ЮНЕСКО-да Эрнесто Оттонемен кездесті",
            "Аида Балаева встретилась с Эрнесто Оттоне в ЮНЕСКО",
            "Aïda Balaïeva rencontre Ernesto Ottone à l'UNESCO",
        ),
        "event_type": Type.MEETING,
        "date": "2025-09-24",
        "place": "unesco-headquarters",
        "organizations": [("unesco", HOST), (KZ_MINISTRY, PARTNER)],
        "participants": [("aida-balayeva", MINISTER_KZ), ("ernesto-ottone", UNESCO_ADG)],
        "themes": ["heritage", "cultural-diplomacy"],
        "summary": (
            "On the eve of her talks with the French minister, Balayeva handed UNESCO's head of culture the draft file "
            "proposing the Ustyurt plateau as a mixed natural and cultural World Heritage site.",
            "Француз министрімен келіссөз қарсаңында Балаева ЮНЕСКО-ның мәдениет жөніндегі басшысына Үстірт "
            "номинациялық құжатының жобасын тапсырды.",
            "Накануне переговоров с французским министром Балаева передала руководителю сектора культуры ЮНЕСКО "
            "проект номинационного досье плато Устюрт.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "balayeva-working-visit-france-2025",
        "title": (
            "Working visit of the Kazakh culture minister to France",
            "Қазақстан мәдениет министрінің Францияға жұмыс сапары",
            "Рабочий визит министра культуры Казахстана во Францию",
        ),
        "event_type": Type.VISIT,
        "date": "2025-09-24/2025-09-25",
        "place": "paris",
        "programs": [COOPERATION],
        "organizations": [(KZ_MINISTRY, ORGANIZER)],
        "participants": [("aida-balayeva", MINISTER_KZ)],
        "themes": ["cultural-diplomacy"],
        "summary": (
            "Two days in Paris with meetings at UNESCO and at the French Ministry of Culture, presented at home as "
            "part of a deliberate policy of building the country's standing through the arts.",
            "",
            "Два дня в Париже: встречи в ЮНЕСКО и в Министерстве культуры Франции.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "ustyurt-nomination-preliminary-assessment",
        "title": (
            "Ustyurt: Landscapes and Aran Traps sent for preliminary assessment",
            "«Үстірт: ландшафттар мен аран тұзақтары» алдын ала бағалауға жіберілді",
            "«Устюрт: ландшафты и аранные ловушки» направлено на предварительную оценку",
        ),
        "event_type": Type.HERITAGE,
        "date": "2025-09-24",
        "place": "ustyurt-plateau",
        "organizations": [(KZ_MINISTRY, ORGANIZER), ("world-heritage-centre", PARTNER)],
        "participants": [("aida-balayeva", MINISTER_KZ), ("ernesto-ottone", UNESCO_ADG)],
        "themes": ["heritage"],
        "status": Status.DRAFT,
        "summary": (
            "The ministry's draft nomination of the Ustyurt plateau, with its desert landscapes and ancient stone "
            "hunting enclosures known as arans, went to the World Heritage Centre for an early opinion before any "
            "formal bid."
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "tlendiyev-centenary-concert-unesco",
        "title": (
            "UNESCO concert for the centenary of Nurgisa Tlendiyev",
            "ЮНЕСКО-да Нұрғиса Тілендиевтің 100 жылдығына арналған концерт",
            "Концерт в ЮНЕСКО к 100-летию Нургисы Тлендиева",
            "Concert à l'UNESCO pour le centenaire de Nurgisa Tlendiyev",
        ),
        "event_type": Type.CONCERT,
        "date": "2025-09",
        "place": "unesco-headquarters",
        "programs": [COOPERATION],
        "organizations": [("unesco", HOST)],
        "participants": [
            ("nurgisa-tlendiyev", ("Composer honoured", "Құрметтелген композитор", "Чествуемый композитор")),
        ],
        "themes": ["music", "cultural-diplomacy"],
        "summary": (
            "A concert at UNESCO's Paris headquarters marked a hundred years since the birth of the composer and drew "
            "listeners from many delegations.",
            "ЮНЕСКО-ның Париждегі штаб-пәтерінде композитордың туғанына жүз жыл толуына орай концерт өтті.",
            "В парижской штаб-квартире ЮНЕСКО прошёл концерт к столетию со дня рождения композитора.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "days-of-kazakh-culture-lyon",
        "title": (
            "Days of Kazakh Culture in Lyon",
            "Лиондағы Қазақстан мәдениеті күндері",
            "Дни казахской культуры в Лионе",
            "Journées de la culture kazakhe à Lyon",
        ),
        "event_type": Type.FESTIVAL,
        "date": "2024/2025",
        "place": "lyon",
        "programs": [DAYS, COOPERATION],
        "organizations": [(KZ_MINISTRY, ORGANIZER)],
        "themes": ["cultural-diplomacy", "museums-exhibitions"],
        "summary": (
            "The Lyon leg of the season: applied art, costume and new Kazakh films shown to a French public that knew "
            "little of them.",
            "",
            "Лионская часть сезона: прикладное искусство, костюм и новое казахское кино.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "days-of-kazakh-culture-paris",
        "title": (
            "Days of Kazakh Culture in Paris",
            "Париждегі Қазақстан мәдениеті күндері",
            "Дни казахской культуры в Париже",
            "Journées de la culture kazakhe à Paris",
        ),
        "event_type": Type.FESTIVAL,
        "date": "2024/2025",
        "place": "paris",
        "programs": [DAYS, COOPERATION],
        "organizations": [(KZ_MINISTRY, ORGANIZER)],
        "themes": ["cultural-diplomacy", "museums-exhibitions"],
        "summary": (
            "The Paris leg of the season, meant to leave a lasting curiosity about Kazakh identity rather than a "
            "single evening's impression.",
            "",
            "Парижская часть сезона казахской культуры.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "kazakh-crafts-exhibition-france",
        "title": (
            "Kazakh arts and crafts on show in France",
            "Францияда қазақ қолөнерінің көрмесі",
            "Выставка казахского декоративно-прикладного искусства во Франции",
        ),
        "event_type": Type.EXHIBITION,
        "date": "2024/2025",
        "place": "france",
        "programs": [DAYS],
        "themes": ["museums-exhibitions", "training-crafts"],
        "summary": (
            "Felt, leather, jewellery and other applied arts from Kazakhstan, shown during the Days of Kazakh Culture.",
            "Қазақстан мәдениеті күндерінде көрсетілген киіз, былғары, зергерлік бұйымдар.",
            "Войлок, кожа, ювелирные изделия и другие ремёсла Казахстана в рамках Дней культуры.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "kazakh-ethnic-fashion-show-france",
        "title": ("Kazakh ethnic fashion show in France", "", "Показ казахской этнической моды во Франции"),
        "event_type": Type.OTHER,
        "date": "2024/2025",
        "place": "france",
        "programs": [DAYS],
        "themes": ["training-crafts", "national-identity"],
        "status": Status.IN_REVIEW,
        "summary": "Designers reworked the patterns and cuts of Kazakh dress for the catwalk.",
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "contemporary-kazakh-film-screenings-france",
        "title": (
            "Screenings of contemporary Kazakh films in France",
            "Францияда заманауи қазақ фильмдерінің көрсетілімі",
            "Показы современного казахстанского кино во Франции",
        ),
        "event_type": Type.FILM_SCREENING,
        "date": "2024/2025",
        "place": "france",
        "programs": [DAYS],
        "themes": ["cinema-animation"],
        "summary": (
            "Recent work by Kazakh directors screened in Lyon and Paris.",
            "Қазақ режиссёрларының соңғы фильмдері Лион мен Парижде көрсетілді.",
            "Новые фильмы казахстанских режиссёров в Лионе и Париже.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "french-film-festival-astana",
        "title": (
            "French Film Festival in Astana",
            "Астанадағы француз кино фестивалі",
            "Фестиваль французского кино в Астане",
            "Festival du film français à Astana",
        ),
        "event_type": Type.FESTIVAL,
        "date": "2025?",
        "place": "astana",
        "programs": [COOPERATION],
        "themes": ["cinema-animation"],
        "summary": (
            "Recent French releases, a look back at the New Wave, talks and workshops: the return leg of the film "
            "exchange.",
            "Жаңа француз фильмдері, «Жаңа толқын» ретроспективасы, дәрістер мен шеберлік сыныптары.",
            "Новое французское кино, ретроспектива «новой волны», лекции и мастер-классы.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "french-film-festival-almaty",
        "title": (
            "French Film Festival in Almaty",
            "Алматыдағы француз кино фестивалі",
            "Фестиваль французского кино в Алматы",
            "Festival du film français à Almaty",
        ),
        "event_type": Type.FESTIVAL,
        "date": "2025?",
        "place": "almaty",
        "programs": [COOPERATION],
        "themes": ["cinema-animation"],
        "summary": (
            "The Almaty programme of the festival, with lectures and master classes alongside the screenings.",
            "",
            "Алматинская программа фестиваля французского кино.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "french-impressionists-national-museum",
        "title": (
            "French Impressionists at the National Museum",
            "Ұлттық музейдегі француз импрессионистері",
            "Французские импрессионисты в Национальном музее",
        ),
        "event_type": Type.EXHIBITION,
        "date": "202X",
        "place": "national-museum-kazakhstan",
        "programs": [COOPERATION],
        "organizations": [("national-museum-kazakhstan-org", HOST)],
        "themes": ["museums-exhibitions"],
        "status": Status.IN_REVIEW,
        "summary": (
            "An exhibition of French Impressionist painting in Astana that broke the museum's attendance records.",
            "Астанадағы француз импрессионистерінің көрмесі музейге келушілер санынан рекорд жасады.",
            "Выставка французских импрессионистов в Астане поставила рекорд посещаемости музея.",
        ),
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "francophonie-week-2025",
        "title": ("Francophonie Week 2025 in Kazakhstan", "", "Неделя франкофонии 2025 в Казахстане"),
        "event_type": Type.FESTIVAL,
        "date": "2025-03~",
        "place": "kazakhstan",
        "programs": ["francophonie-week-kazakhstan", COOPERATION],
        "themes": ["language-literature"],
        "summary": "Plays, readings and language events around the international day of the French language in March.",
        "sources": FRANCE_ARTICLE,
    },
    {
        "slug": "abay-opera-astana-symphony-in-france",
        "title": (
            "Abay Opera and Astana Symphony Orchestra perform in France",
            "",
            "Театр оперы и балета имени Абая и Астанинский симфонический оркестр во Франции",
        ),
        "event_type": Type.CONCERT,
        "date": "201X?",
        "place": "france",
        "programs": ["modern-kazakh-culture-global-world"],
        "organizations": [("abay-opera", PARTNER), ("astana-symphony-orchestra", PARTNER)],
        "themes": ["music"],
        "status": Status.DRAFT,
        "summary": "Concerts given in France as part of the effort to show contemporary Kazakh culture abroad.",
    },
    {
        "slug": "unesco-34th-general-conference-decade-proposal",
        "title": (
            "Kazakhstan proposes a decade for the rapprochement of cultures",
            "Қазақстан мәдениеттерді жақындастыру онжылдығын ұсынды",
            "Казахстан предлагает десятилетие сближения культур",
        ),
        "event_type": Type.CONFERENCE,
        "date": "2007-10-16/2007-11-02",
        "place": "unesco-headquarters",
        "programs": ["decade-rapprochement-cultures"],
        "organizations": [("unesco", HOST)],
        "themes": ["dialogue-religions", "peace-mediation"],
        "summary": (
            "At the 34th session of UNESCO's General Conference Kazakhstan put forward the idea of a decade devoted "
            "to bringing cultures closer.",
            "",
            "На 34-й сессии Генеральной конференции ЮНЕСКО Казахстан выдвинул идею десятилетия сближения культур.",
        ),
    },
    {
        "slug": "un-proclaims-decade-rapprochement-cultures",
        "title": (
            "The UN proclaims the Decade for the Rapprochement of Cultures",
            "БҰҰ Мәдениеттерді жақындастыру онжылдығын жариялады",
            "ООН провозглашает Десятилетие сближения культур",
        ),
        "event_type": Type.AGREEMENT,
        "date": "2012-12",
        "place": "un-headquarters",
        "programs": ["decade-rapprochement-cultures"],
        "organizations": [("united-nations", HOST)],
        "themes": ["peace-mediation"],
        "summary": (
            "The General Assembly named 2013 to 2022 the International Decade for the Rapprochement of Cultures, with "
            "UNESCO as lead agency.",
            "",
            "Генеральная Ассамблея объявила 2013–2022 годы Международным десятилетием сближения культур.",
        ),
    },
    {
        "slug": "international-centre-rapprochement-cultures-founded",
        "title": (
            "International Centre for the Rapprochement of Cultures opens in Almaty",
            "Алматыда Мәдениеттерді жақындастыру халықаралық орталығы құрылды",
            "В Алматы создан Международный центр сближения культур",
        ),
        "event_type": Type.AGREEMENT,
        "date": "2020",
        "place": "almaty",
        "programs": ["decade-rapprochement-cultures"],
        "organizations": [
            ("ministry-culture-sports-kazakhstan", PARTNER),
            ("unesco", PARTNER),
            ("international-centre-rapprochement-cultures", ORGANIZER),
        ],
        "participants": [
            ("olzhas-suleimenov", ("Head of the centre", "Орталық басшысы", "Руководитель центра")),
        ],
        "themes": ["dialogue-religions", "peace-mediation"],
        "summary": (
            "An agreement between the culture ministry and UNESCO created a centre in Almaty to carry on the decade's "
            "work with scholars of culture from many countries.",
            "Мәдениет министрлігі мен ЮНЕСКО арасындағы келісім бойынша Алматыда орталық құрылды.",
            "Соглашение министерства культуры и ЮНЕСКО учредило в Алматы центр, продолжающий дело десятилетия.",
        ),
    },
    {
        "slug": "nauryz-unesco-list-2016",
        "title": (
            "Nauryz inscribed for Kazakhstan on UNESCO's intangible heritage list",
            "Наурыз ЮНЕСКО-ның материалдық емес мұра тізіміне Қазақстан атынан енгізілді",
            "Наурыз внесён в список нематериального наследия ЮНЕСКО от Казахстана",
        ),
        "event_type": Type.HERITAGE,
        "date": "2016",
        "organizations": [("unesco", PARTNER)],
        "themes": ["heritage", "turkic-world"],
        "status": Status.IN_REVIEW,
        "summary": (
            "The spring new year feast, already listed for several countries, was extended to Kazakhstan and other "
            "neighbours that share it.",
        ),
    },
    {
        "slug": "yasawi-mausoleum-world-heritage-2003",
        "title": (
            "Mausoleum of Khoja Ahmed Yasawi becomes a World Heritage site",
            "Қожа Ахмет Ясауи кесенесі Дүниежүзілік мұра тізіміне енді",
            "Мавзолей Ходжи Ахмеда Ясави включён в список всемирного наследия",
        ),
        "event_type": Type.HERITAGE,
        "date": "2003",
        "place": "mausoleum-khoja-ahmed-yasawi",
        "organizations": [("unesco", PARTNER)],
        "themes": ["heritage", "turkic-world"],
        "summary": (
            "The unfinished Timurid shrine in Turkistan was the first site in Kazakhstan on the World Heritage List.",
            "Түркістандағы Әмір Темір дәуірінің кесенесі Қазақстаннан Дүниежүзілік мұра тізіміне енген алғашқы нысан.",
            "Тимуридский мавзолей в Туркестане стал первым объектом Казахстана в списке всемирного наследия.",
        ),
    },
    {
        "slug": "academie-francaise-founded-1635",
        "title": (
            "Founding of the Académie française",
            "Француз академиясының құрылуы",
            "Основание Французской академии",
            "Fondation de l'Académie française",
        ),
        "event_type": Type.CEREMONY,
        "date": "1635",
        "place": "paris",
        "organizations": [("academie-francaise", ORGANIZER)],
        "participants": [
            (
                "cardinal-richelieu",
                ("Founder, chief minister of Louis XIII", "", "Основатель, первый министр Людовика XIII"),
            ),
            ("valentin-conrart", ("Host of the founding circle", "", "Хозяин первых собраний")),
        ],
        "themes": ["language-literature", "soft-power"],
        "summary": (
            "Often cited as the first time a state gave cultural work a formal institution: a literary circle became "
            "the official keeper of the French language.",
            "",
            "Литературный кружок стал официальным хранителем французского языка — первый пример государственного "
            "института культуры.",
        ),
    },
    {
        "slug": "alliance-francaise-founded-1883",
        "title": "Founding of the Alliance Française",
        "event_type": Type.CEREMONY,
        "date": "1883",
        "place": "paris",
        "organizations": [("alliance-francaise", ORGANIZER)],
        "themes": ["language-literature", "soft-power"],
        "status": Status.DRAFT,
        "summary": "France set up a body to teach and spread its language around the world.",
    },
]
