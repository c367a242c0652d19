"""Lasting programmes and initiatives of the demo archive."""

from archive.models import Organization, Program, Status, Theme

from .sync import tr

Kind = Program.Kind

PROGRAMS = [
    {
        "slug": "cultural-heritage-program",
        "title": (
            "Cultural Heritage programme",
            "«Мәдени мұра» бағдарламасы",
            "Программа «Культурное наследие»",
            "Programme « Patrimoine culturel »",
        ),
        "kind": Kind.STATE,
        "date": "2004/..",
        "themes": ["heritage", "national-identity"],
        "featured": True,
        "summary": (
            "A state programme started in 2004 to recover and publish the written, musical and material legacy of the "
            "Kazakh people that had been scattered or suppressed under imperial and Soviet rule.",
            "2004 жылы басталған мемлекеттік бағдарлама: қазақ халқының жазба, музыкалық және заттай мұрасын жинап, "
            "жариялауға бағытталған.",
            "Государственная программа, начатая в 2004 году, чтобы собрать и сделать доступным письменное, музыкальное "
            "и материальное наследие казахского народа.",
        ),
        "body": (
            "Scholars who study Kazakhstan's foreign policy treat the year the programme began as a turning point: "
            "before it, diplomacy was mostly about borders, oil and security; afterwards, culture became a regular "
            "part of how the country presented itself abroad.\n\n"
            "Expeditions searched archives in other countries for manuscripts and records, and the results were "
            "printed in large series so that schools and libraries could use them. Researchers describe the effort "
            "as a step in cultural decolonisation."
        ),
    },
    {
        "slug": "rukhani-zhangyru",
        "title": ("Rukhani Zhangyru (Spiritual Revival)", "Рухани жаңғыру", "Рухани жаңғыру (Духовное возрождение)"),
        "kind": Kind.STATE,
        "date": "2017-04-12/..",
        "themes": ["national-identity", "heritage"],
        "featured": True,
        "summary": (
            "The modernisation of public consciousness announced in a programme article by the president in April "
            "2017, with several special projects on history, places, people and culture abroad.",
            "2017 жылғы сәуірде Президенттің бағдарламалық мақаласымен жарияланған қоғамдық сананы жаңғырту "
            "бағдарламасы.",
            "Программа модернизации общественного сознания, объявленная программной статьёй президента в апреле "
            "2017 года.",
        ),
    },
    {
        "slug": "tugan-zher",
        "title": ("Tugan Zher (Native Land)", "Туған жер", "Туған жер (Родная земля)"),
        "kind": Kind.STATE,
        "date": "2017/..",
        "themes": ["national-identity"],
        "summary": (
            "A Spiritual Revival project that invites people to support the towns and villages they come from, "
            "through local history, restoration and patronage.",
            "Жерлестерді туған өлкесінің тарихын зерттеуге, мектептері мен ескерткіштерін қолдауға шақыратын жоба.",
            "Проект «Рухани жаңғыру», призывающий поддерживать малую родину: краеведение, реставрация, меценатство.",
        ),
    },
    {
        "slug": "sacred-geography",
        "title": (
            "Sacred Geography of Kazakhstan",
            "Қазақстанның киелі жерлерінің географиясы",
            "Сакральная география Казахстана",
        ),
        "kind": Kind.STATE,
        "date": "2017/..",
        "themes": ["heritage", "national-identity"],
        "summary": (
            "A survey and map of places the nation holds sacred, from mausoleums and ancient settlements to mountains "
            "and lakes, made as part of Spiritual Revival.",
            "Ұлт үшін киелі орындарды — кесенелерді, ежелгі қалашықтарды, тау мен көлдерді — тізімдеп, картаға түсіру.",
            "Перечень и карта святых для народа мест — мавзолеев, древних городищ, гор и озёр.",
        ),
    },
    {
        "slug": "100-new-faces",
        "title": ("100 New Faces of Kazakhstan", "Қазақстанның 100 жаңа есімі", "100 новых лиц Казахстана"),
        "kind": Kind.STATE,
        "date": "2017/..",
        "themes": ["national-identity"],
        "status": Status.IN_REVIEW,
        "summary": (
            "A public vote to find a hundred living Kazakhstanis whose achievements tell the story of the independent "
            "country.",
            "",
            "Народное голосование за сто современников, чьи достижения рассказывают историю независимой страны.",
        ),
    },
    {
        "slug": "modern-kazakh-culture-global-world",
        "title": (
            "Modern Kazakhstan Culture in the Global World",
            "Жаһандағы заманауи қазақстандық мәдениет",
            "Современная казахстанская культура в глобальном мире",
        ),
        "kind": Kind.STATE,
        "date": "2017/..",
        "organizers": ["ministry-culture-sports-kazakhstan"],
        "themes": ["cultural-diplomacy", "language-literature", "music"],
        "featured": True,
        "summary": (
            "The Spiritual Revival project meant to show that the country has more to offer than oil and gas: new "
            "writing, music, theatre, art and film taken abroad.",
            "Қазақстанның әдебиеті, музыкасы, театры, бейнелеу өнері мен киносын шетелге таныстыратын жоба.",
            "Проект, знакомящий мир с новой казахстанской литературой, музыкой, театром, живописью и кино.",
        ),
        "body": (
            "Its best-known result is a pair of anthologies, one of poetry and one of prose by living authors, put "
            "into all six languages of the United Nations. Touring concerts and exhibitions followed, among them "
            "performances in France by the Abay opera company and the Astana Symphony Orchestra."
        ),
    },
    {
        "slug": "days-of-kazakh-culture-in-france",
        "title": (
            "Days of Kazakh Culture in France",
            "Францияда Қазақстан мәдениеті күндері",
            "Дни казахской культуры во Франции",
            "Journées de la culture kazakhe en France",
        ),
        "kind": Kind.SEASON,
        "date": "2024/2025",
        "organizers": ["ministry-culture-information-kazakhstan"],
        "themes": ["cultural-diplomacy", "museums-exhibitions", "cinema-animation"],
        "featured": True,
        "summary": (
            "A season of Kazakh crafts, fashion and film in Lyon and Paris over 2024 and 2025.",
            "2024–2025 жылдары Лион мен Парижде өткен қазақ қолөнері, сәні мен киносының маусымы.",
            "Сезон казахских ремёсел, моды и кино в Лионе и Париже в 2024–2025 годах.",
            "Une saison d'artisanat, de mode et de cinéma kazakhs à Lyon et à Paris en 2024 et 2025.",
        ),
    },
    {
        "slug": "kazakhstan-france-cultural-cooperation",
        "title": (
            "Kazakhstan–France cultural cooperation",
            "Қазақстан мен Францияның мәдени ынтымақтастығы",
            "Культурное сотрудничество Казахстана и Франции",
            "Coopération culturelle franco-kazakhe",
        ),
        "kind": Kind.INTERNATIONAL,
        "date": "1992/..",
        "organizers": ["ministry-culture-information-kazakhstan", "ministere-de-la-culture"],
        "themes": ["cultural-diplomacy"],
        "summary": (
            "Exchanges between the two countries since diplomatic ties were opened in 1992: festivals, exhibitions, "
            "museum and archaeology partnerships, and lately film, animation and training for stage crafts.",
            "",
            "Обмены двух стран с установления дипломатических отношений в 1992 году: фестивали, выставки, музеи, "
            "археология, а в последние годы кино, анимация и подготовка кадров.",
        ),
    },
    {
        "slug": "cis-capitals-of-culture",
        "title": (
            "Capitals of Culture of the Commonwealth",
            "Достастықтың мәдени астаналары",
            "Культурные столицы Содружества",
        ),
        "kind": Kind.TITLE,
        "date": "2011/..",
        "organizers": ["cis"],
        "themes": ["cultural-diplomacy"],
        "summary": (
            "A yearly title given to cities of the Commonwealth of Independent States; Kazakhstan has taken part since "
            "2011 and three of its cities have held it.",
            "",
            "Ежегодное звание для городов СНГ; Казахстан участвует с 2011 года, звание получали три его города.",
        ),
    },
    {
        "slug": "cultural-capitals-turkic-world",
        "title": (
            "Cultural Capital of the Turkic World",
            "Түркі әлемінің мәдени астанасы",
            "Культурная столица тюркского мира",
            "Capitale culturelle du monde turc",
        ),
        "kind": Kind.TITLE,
        "date": "2012/..",
        "organizers": ["turksoy"],
        "themes": ["turkic-world"],
        "summary": (
            "TURKSOY's yearly title for a city of the Turkic-speaking world, first held by Astana in 2012.",
            "ТҮРКСОЙ жыл сайын беретін атақ; оны алғаш 2012 жылы Астана иеленді.",
            "Ежегодное звание ТЮРКСОЙ; первой его получила Астана в 2012 году.",
        ),
    },
    {
        "slug": "decade-rapprochement-cultures",
        "title": (
            "International Decade for the Rapprochement of Cultures",
            "Мәдениеттерді жақындастырудың халықаралық онжылдығы",
            "Международное десятилетие сближения культур",
            "Décennie internationale du rapprochement des cultures",
        ),
        "kind": Kind.INTERNATIONAL,
        "date": "2013/2022",
        "organizers": ["unesco", "united-nations"],
        "themes": ["peace-mediation", "dialogue-religions", "cultural-diplomacy"],
        "featured": True,
        "summary": (
            "Ten years proposed by Kazakhstan and led by UNESCO to bring cultures closer through dialogue, solidarity "
            "and hospitality; Kazakhstan also paid for its first projects.",
            "Қазақстан ұсынып, ЮНЕСКО жетекшілік еткен он жыл: диалог пен ынтымақ арқылы мәдениеттерді жақындастыру.",
            "Десятилетие, предложенное Казахстаном и проведённое под руководством ЮНЕСКО: сближение культур через "
            "диалог и солидарность.",
        ),
    },
    {
        "slug": "congress-world-traditional-religions",
        "title": (
            "Congress of Leaders of World and Traditional Religions",
            "Әлемдік және дәстүрлі діндер көшбасшыларының съезі",
            "Съезд лидеров мировых и традиционных религий",
            "Congrès des dirigeants des religions mondiales et traditionnelles",
        ),
        "kind": Kind.FORUM,
        "date": "2003/..",
        "themes": ["dialogue-religions", "peace-mediation"],
        "summary": (
            "A meeting of religious leaders held in Astana every three years or so since 2003, born of worry about "
            "religious strife after the attacks of September 2001.",
            "2003 жылдан бері Астанада шамамен үш жылда бір рет өтетін діни көшбасшылар жиыны.",
            "Встреча религиозных лидеров в Астане, проводимая примерно раз в три года с 2003 года.",
        ),
    },
    {
        "slug": "golden-man-world-museums",
        "title": (
            "The Golden Man in World Museums",
            "«Алтын адам» әлем музейлерінде",
            "«Золотой человек» в музеях мира",
        ),
        "kind": Kind.INTERNATIONAL,
        "date": "2019/..",
        "organizers": ["national-museum-kazakhstan-org"],
        "themes": ["museums-exhibitions", "heritage", "turkic-world"],
        "summary": (
            "A touring show built around a gold-clad Saka warrior and some two hundred finds from the steppe, seen in "
            "museums of a dozen countries since 2019.",
            "Сақ жауынгерінің алтын киімі мен далалық екі жүзге жуық жәдігер 2019 жылдан бері он екі елде көрсетілді.",
            "Передвижная выставка вокруг «Золотого человека» и около двухсот находок из степи, с 2019 года показанная "
            "в двенадцати странах.",
        ),
    },
    {
        # Deliberately English only and in review.
        "slug": "francophonie-week-kazakhstan",
        "title": "Francophonie Week in Kazakhstan",
        "kind": Kind.FORUM,
        "date": "202X",
        "themes": ["language-literature", "cultural-diplomacy"],
        "status": Status.IN_REVIEW,
        "summary": (
            "A yearly week of French-language theatre, books and talks that has become a standing meeting point "
            "rather than a one-off."
        ),
    },
    {
        "slug": "kazakhstan-2030",
        "title": ("Kazakhstan 2030 strategy", "«Қазақстан – 2030» стратегиясы", "Стратегия «Казахстан – 2030»"),
        "kind": Kind.STATE,
        "date": "1997/2030",
        "themes": ["national-identity"],
        "summary": (
            "The long-term development strategy of 1997. In foreign affairs it asked for security through good "
            "relations with neighbours and a stronger voice abroad.",
            "",
            "Долгосрочная стратегия развития 1997 года.",
        ),
    },
]


def load(loader):
    for data in PROGRAMS:
        values = {
            **tr("title", data["title"]),
            **tr("summary", data.get("summary", "")),
            **tr("body", data.get("body", "")),
            "kind": data["kind"],
            "date": data["date"],
            "featured": data.get("featured", False),
            "status": data.get("status", Status.PUBLISHED),
        }
        m2m = {
            "organizers": loader.many(Organization, data.get("organizers", [])),
            "themes": loader.many(Theme, data.get("themes", [])),
        }
        loader.record(Program, data["slug"], values, m2m=m2m)
