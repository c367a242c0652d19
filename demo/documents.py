"""Documents of the demo archive; most get a generated PDF so that files can be tried out.

The PDFs are drawn with fpdf2 at load time (nothing is downloaded) and stored the way an editor's
upload is: checked by ``archive.media.uploads.validate_document``, then saved through the file field, so
the document's upload path, size, page count and extracted text come from the model as for any upload.
"""

import datetime
import unicodedata

from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from archive.media import uploads
from archive.models import Document, Event, Organization, Person, Program, Status, Theme

from .document_texts import NOTES
from .sync import tr

Type = Document.Type
#: The creation date written into every generated PDF.
CREATED = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
ARTICLE_DOI = "10.52123/1994-2370-2025-1290"

DOCUMENTS = [
    {
        "slug": "global-aspect-kazakhstan-cultural-policies",
        "title": (
            "The global aspect of Kazakhstan's cultural policies",
            "Қазақстан мәдени саясатының жаһандық аспектісі",
            "Глобальный аспект культурной политики Казахстана",
        ),
        "doc_type": Type.ARTICLE,
        "date": "2025",
        "authors": ["abzal-dosbolov", "firat-purtas"],
        "publisher": "academy-public-administration",
        "language": "en",
        "doi": ARTICLE_DOI,
        "url": f"https://doi.org/{ARTICLE_DOI}",
        "pdf": "dosbolov-purtas-2025-global-aspect.pdf",
        "events": [
            "cultural-heritage-program-launch-2004",
            "great-steppe-exhibition-ankara-2019",
            "congress-religions-first-2003",
            "congress-religions-sixth-2018",
            "cica-proposal-un-general-assembly-1992",
            "cica-first-summit-almaty-2002",
            "astana-turkic-cultural-capital-2012",
            "turkistan-turkic-cultural-capital-2017",
            "astana-talks-syria-2017",
            "international-centre-rapprochement-cultures-founded",
            "academie-francaise-founded-1635",
        ],
        "people": [
            "nursultan-nazarbayev",
            "kassym-jomart-tokayev",
            "olzhas-suleimenov",
            "theodor-heuss",
            "joseph-nye",
            "edward-burnett-tylor",
            "raymond-williams",
            "cardinal-richelieu",
            "valentin-conrart",
            "max-horkheimer",
            "theodor-adorno",
            "herbert-marcuse",
            "jurgen-habermas",
        ],
        "programs": [
            "cultural-heritage-program",
            "modern-kazakh-culture-global-world",
            "cis-capitals-of-culture",
            "cultural-capitals-turkic-world",
            "decade-rapprochement-cultures",
            "congress-world-traditional-religions",
            "golden-man-world-museums",
            "kazakhstan-2030",
        ],
        "themes": ["cultural-diplomacy", "soft-power", "heritage"],
        "summary": (
            "A qualitative study of how Kazakhstan has used culture in its foreign relations since 1991. The authors "
            "date the turn to 2004 and trace it through heritage work, the promotion of living artists abroad, "
            "cultural capital titles, and initiatives for dialogue such as CICA and the religious leaders' congress.",
            "1991 жылдан бері Қазақстанның сыртқы қатынастарында мәдениетті қалай пайдаланғанын зерттейтін мақала.",
            "Исследование того, как Казахстан с 1991 года использует культуру во внешних связях.",
        ),
        "body": (
            "The article opens with the history of the word culture and the place of culture in theories of "
            "international relations, then follows France, Britain, Germany and Russia in building institutions to "
            "carry their languages abroad.\n\n"
            "Its second half turns to Kazakhstan: a first decade focused on sovereignty and the economy, then from "
            "2004 a steady use of culture, both to recover a suppressed past and to present the country as a "
            "mediator. The authors conclude that these policies have strengthened the country's standing and see "
            "room for more partnerships and more promotion of living artists."
        ),
        "sources": "Received 2024-07-20, revised 2024-12-23, accepted 2025-01-15. UDC 321.01.",
    },
    {
        "slug": "france-kazakhstan-cultural-cooperation-2025",
        "title": (
            "France and Kazakhstan: cultural cooperation as a reflection of a new ideological platform",
            "",
            "Франция и Казахстан: культурное сотрудничество как отражение новой идеологической платформы",
        ),
        "doc_type": Type.ARTICLE,
        "date": "2025-09-30",
        "language": "en",
        "pdf": "france-kazakhstan-cultural-cooperation-2025.pdf",
        "events": [
            "balayeva-dati-paris-2025",
            "balayeva-ottone-unesco-2025",
            "balayeva-working-visit-france-2025",
            "tlendiyev-centenary-concert-unesco",
            "days-of-kazakh-culture-lyon",
            "days-of-kazakh-culture-paris",
            "french-film-festival-astana",
            "french-film-festival-almaty",
            "french-impressionists-national-museum",
            "francophonie-week-2025",
        ],
        "people": ["aida-balayeva", "rachida-dati", "ernesto-ottone", "nurgisa-tlendiyev"],
        "programs": [
            "kazakhstan-france-cultural-cooperation",
            "days-of-kazakh-culture-in-france",
            "francophonie-week-kazakhstan",
        ],
        "themes": ["cultural-diplomacy", "national-identity", "cinema-animation"],
        "summary": (
            "An opinion piece reading the September 2025 Paris talks as a sign of Kazakhstan's current ideology, "
            "which rests on national culture, sound traditions and respect for the past, and of cultural diplomacy "
            "used to assert that identity abroad.",
            "",
            "Колонка о парижских переговорах сентября 2025 года как о проявлении идеологической платформы Казахстана.",
        ),
        "body": (
            "The author lists the exchanges of recent years in both directions: the Days of Kazakh Culture in Lyon "
            "and Paris, French films in Astana and Almaty, the Impressionists in the National Museum, Francophonie "
            "Week and the Tlendiyev concert at UNESCO. Training in technical stage professions is presented as a way "
            "of keeping crafts alive in a digital age."
        ),
    },
    {
        "slug": "ustyurt-nomination-file",
        "title": (
            "Ustyurt: Landscapes and Aran Traps (draft nomination file)",
            "Үстірт: ландшафттар мен аран тұзақтары (номинациялық құжат жобасы)",
            "Устюрт: ландшафты и аранные ловушки (проект номинационного досье)",
        ),
        "doc_type": Type.NOMINATION,
        "date": "2025-09",
        "publisher": "ministry-culture-information-kazakhstan",
        "pdf": "ustyurt-nomination-summary.pdf",
        "events": ["balayeva-ottone-unesco-2025", "ustyurt-nomination-preliminary-assessment"],
        "people": ["aida-balayeva", "ernesto-ottone"],
        "themes": ["heritage"],
        "status": Status.IN_REVIEW,
        "summary": (
            "The ministry's draft case for listing the Ustyurt plateau as a mixed site, handed to UNESCO in Paris so "
            "that the World Heritage Centre could comment before the formal bid."
        ),
    },
    {
        "slug": "kazakhstan-2030-strategy",
        "pdf": "kazakhstan-2030-strategy.pdf",
        "title": ("Kazakhstan 2030 strategy", "«Қазақстан – 2030» стратегиясы", "Стратегия «Казахстан – 2030»"),
        "doc_type": Type.POLICY,
        "date": "1997-10-10",
        "authors": ["nursultan-nazarbayev"],
        "url": "https://adilet.zan.kz/kaz/docs/K970002030_",
        "events": ["kazakhstan-2030-address-1997"],
        "programs": ["kazakhstan-2030"],
        "summary": (
            "The president's long-term strategy; its foreign policy chapter puts security, borders and good "
            "neighbourliness first.",
            "",
            "Долгосрочная стратегия президента; во внешней политике на первом месте безопасность и добрососедство.",
        ),
    },
    {
        "slug": "address-to-the-nation-2017",
        "title": (
            "Address of the President to the people of Kazakhstan, 31 January 2017",
            "",
            "Послание Президента Республики Казахстан Н. Назарбаева народу Казахстана, 31 января 2017 г.",
        ),
        "doc_type": Type.SPEECH,
        "date": "2017-01-31",
        "authors": ["nursultan-nazarbayev"],
        "language": "ru",
        "url": "https://www.akorda.kz/ru/addresses/addresses_of_president/poslanie-prezidenta-respubliki-kazahstan-n-"
        "nazarbaeva-narodu-kazahstana-31-yanvarya-2017-g",
        "people": ["nursultan-nazarbayev"],
        "summary": "Yearly address to the nation, cited for its call to show the country's cultural work abroad.",
    },
    {
        "slug": "course-towards-the-future-2017",
        "pdf": "course-towards-the-future-2017.pdf",
        "title": (
            "Course towards the future: modernisation of public consciousness",
            "Болашаққа бағдар: рухани жаңғыру",
            "Взгляд в будущее: модернизация общественного сознания",
        ),
        "doc_type": Type.POLICY,
        "date": "2017-04-12",
        "authors": ["nursultan-nazarbayev"],
        "language": "kk",
        "events": ["rukhani-zhangyru-article-2017"],
        "programs": [
            "rukhani-zhangyru",
            "tugan-zher",
            "sacred-geography",
            "100-new-faces",
            "modern-kazakh-culture-global-world",
        ],
        "themes": ["national-identity"],
        "summary": (
            "The programme article behind Spiritual Revival and its special projects.",
            "«Рухани жаңғыру» мен оның арнайы жобаларының негізі болған бағдарламалық мақала.",
            "Программная статья, положившая начало «Рухани жаңғыру» и его спецпроектам.",
        ),
    },
    {
        "slug": "cica-almaty-act-2002",
        "pdf": "cica-almaty-act-2002.pdf",
        "title": ("Almaty Act", "Алматы актісі", "Алматинский акт"),
        "doc_type": Type.AGREEMENT,
        "date": "2002-06-04",
        "publisher": "cica",
        "events": ["cica-first-summit-almaty-2002"],
        "summary": (
            "Founding document adopted at the first CICA summit.",
            "АӨСШК-ның бірінші саммитінде қабылданған құжат.",
            "Документ, принятый на первом саммите СВМДА.",
        ),
    },
    {
        "slug": "cica-declaration-of-principles-1999",
        "pdf": "cica-declaration-of-principles-1999.pdf",
        "title": (
            "Declaration on the principles guiding relations between CICA member states",
            "",
            "Декларация принципов, регулирующих отношения между государствами-членами СВМДА",
        ),
        "doc_type": Type.AGREEMENT,
        "date": "1999-09-14",
        "publisher": "cica",
        "events": ["cica-foreign-ministers-1999"],
        "summary": "Sovereignty, equality and non-interference, agreed by the first meeting of foreign ministers.",
    },
    {
        "slug": "zheleznovodsk-communique-1991",
        "pdf": "zheleznovodsk-communique-1991.pdf",
        "title": ("Zheleznovodsk communiqué", "", "Железноводское коммюнике"),
        "doc_type": Type.AGREEMENT,
        "date": "1991-09-23",
        "language": "ru",
        "events": ["zheleznovodsk-karabakh-mediation-1991"],
        "people": ["nursultan-nazarbayev", "boris-yeltsin"],
        "themes": ["peace-mediation"],
        "summary": "The joint statement that came out of the 1991 Russian–Kazakh mediation over Karabakh.",
    },
    {
        "slug": "anthology-contemporary-kazakhstan-poetry",
        "pdf": "anthology-contemporary-kazakhstan-poetry.pdf",
        "title": ("Anthology of Contemporary Kazakhstan Poetry", "", "Антология современной казахстанской поэзии"),
        "doc_type": Type.OTHER,
        "date": "201X",
        "programs": ["modern-kazakh-culture-global-world"],
        "themes": ["language-literature"],
        "summary": "Poems by living Kazakhstani authors, translated into the six official languages of the UN.",
    },
    {
        "slug": "anthology-contemporary-kazakhstan-prose",
        "title": ("Anthology of Contemporary Kazakhstan Prose", "", "Антология современной казахстанской прозы"),
        "doc_type": Type.OTHER,
        "date": "201X",
        "programs": ["modern-kazakh-culture-global-world"],
        "themes": ["language-literature"],
        "status": Status.IN_REVIEW,
        "summary": "The prose companion to the poetry anthology, in the same six languages.",
    },
    {
        "slug": "under-the-banner-of-independence-1997",
        "title": ("Under the Banner of Independence", "", "Под стягом независимости"),
        "doc_type": Type.OTHER,
        "date": "1997",
        "authors": ["kassym-jomart-tokayev"],
        "language": "ru",
        "summary": (
            "The then foreign minister's account of the young state's diplomacy, published in Almaty.",
            "",
            "Книга тогдашнего министра иностранных дел о дипломатии молодого государства (Алматы: Білім).",
        ),
    },
    {
        # Deliberately a draft with its original Turkish title only.
        "slug": "purtas-kazakhstan-turkiye-culture-arts-2018",
        "title": "Kazakistan ve Türkiye Arasında Kültür ve Sanat Alanındaki İlişkiler",
        "doc_type": Type.OTHER,
        "date": "2018",
        "authors": ["firat-purtas"],
        "language": "tr",
        "themes": ["turkic-world"],
        "status": Status.DRAFT,
        "summary": "A book on the relations between Kazakhstan and Türkiye in culture and the arts.",
    },
    {
        "slug": "nye-soft-power-1990",
        "pdf": "nye-soft-power-1990.pdf",
        "title": "Soft Power",
        "doc_type": Type.ARTICLE,
        "date": "1990",
        "authors": ["joseph-nye"],
        "language": "en",
        "themes": ["soft-power"],
        "summary": "The essay in Foreign Policy (no. 80) that introduced the idea of attraction as a form of power.",
    },
    {
        "slug": "nye-soft-power-means-to-success-2004",
        "title": (
            "Soft Power: The Means to Success in World Politics",
            "",
            "Мягкая сила: средства достижения успеха в мировой политике",
        ),
        "doc_type": Type.OTHER,
        "date": "2004",
        "authors": ["joseph-nye"],
        "language": "en",
        "themes": ["soft-power"],
        "summary": "The book-length version of the argument; national culture counts among a state's assets.",
    },
]


#: Letters and punctuation with no Latin-1 form and no accent-free decomposition.
PLAIN = str.maketrans({"ı": "i", "İ": "I", "–": "-", "—": "-", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def latin1(text):
    """The PDF core fonts speak Latin-1 only: strip accents Latin-1 lacks (ş → s) and drop other scripts."""
    kept = []
    for char in text.translate(PLAIN):
        if ord(char) > 255:
            char = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        kept.append(char.encode("latin-1", "ignore").decode("latin-1"))
    return "".join(kept)


def render_pdf(document):
    """A short PDF describing the document, made at load time (English only)."""
    pdf = FPDF(format="A4")
    pdf.set_title(latin1(document.title_en))
    pdf.set_author("Madeni demo archive")
    pdf.set_creation_date(CREATED)  # a fixed date: the same data always gives the same bytes
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, latin1(document.title_en), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10)
    details = [document.get_doc_type_display(), document.date_display]
    if document.doi:
        details.append(f"DOI {document.doi}")
    pdf.multi_cell(0, 6, latin1(" | ".join(str(item) for item in details)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(
        0,
        6,
        "Summary sheet generated by the Madeni demo archive. It is not the original document.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in [document.summary_en, *document.body_en.split("\n\n"), *NOTES.get(document.slug, [])]:
        if paragraph:
            pdf.multi_cell(0, 6, latin1(paragraph), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
    # A second page listing the linked records, so that page counts and search have something to find.
    pdf.add_page()
    sections = [
        ("Authors", [person.name_en for person in document.authors.all()]),
        ("Events", [f"{event.title_en} ({event.date_display})" for event in document.events.all()]),
        ("People", [person.name_en for person in document.people.all()]),
        ("Programmes", [f"{program.title_en} ({program.date_display})" for program in document.programs.all()]),
    ]
    for heading, lines in sections:
        if not lines:
            continue
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 8, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", size=10)
        for line in lines:
            pdf.multi_cell(0, 5, latin1(f"- {line}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    return bytes(pdf.output())


def load(loader):
    for data in DOCUMENTS:
        values = {
            **tr("title", data["title"]),
            **tr("summary", data.get("summary", "")),
            **tr("body", data.get("body", "")),
            "doc_type": data["doc_type"],
            "date": data["date"],
            "publisher": loader.get(Organization, data["publisher"]) if data.get("publisher") else None,
            "language": data.get("language", ""),
            "doi": data.get("doi", ""),
            "url": data.get("url", ""),
            "sources": data.get("sources", ""),
            "status": data.get("status", Status.PUBLISHED),
        }
        m2m = {
            "authors": loader.many(Person, data.get("authors", [])),
            "events": loader.many(Event, data.get("events", [])),
            "people": loader.many(Person, data.get("people", [])),
            "programs": loader.many(Program, data.get("programs", [])),
            "themes": loader.many(Theme, data.get("themes", [])),
        }
        document, _touched = loader.record(Document, data["slug"], values, m2m=m2m)
        if data.get("pdf") and not document.file:
            # Files are made once; a rerun (even with refresh) leaves them alone.
            attach_pdf(document, data["pdf"])


def attach_pdf(document, filename):
    """Store the generated PDF as an upload: validated, then saved through the file field."""
    upload = SimpleUploadedFile(filename, render_pdf(document), content_type="application/pdf")
    uploads.validate_document(upload)
    upload.seek(0)
    document.file = upload
    document.save()
