"""Parse a search query, find and rank the matching entries, load the records.

The query language is PostgreSQL's websearch syntax on both databases:
``"a phrase"``, ``-excluded``, ``this or that``; everything else is a word that
must occur (little words such as "of", "во", "және" are dropped). Each word is
analysed for every language (``analysis.query_keys``): its own script-neutral
key and the keys of its stems, any of which may match, so «культуры», «культура»
and "Kultura" meet, and Cyrillic and Latin spellings find each other.

On PostgreSQL: full-text search over the weighted tsvector, keys of four letters
or more matching as prefixes, ranked with ``ts_rank``, plus trigram word
similarity on names so that a misspelt name still finds its person. On SQLite:
word-prefix matching over the same analysed columns, ranked by which columns match.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connections
from django.db.models import Case, F, FloatField, IntegerField, Prefetch, Q, Value, When

from archive import record_types
from archive.models import Event, Person, Photo, SearchEntry

from . import postgres as pg
from .analysis import WORD, is_stopword, query_keys
from .spelling import suggest as suggest_spellings

#: Longer queries are cut here: no one types more, and the database is spared the rest.
MAX_QUERY_CHARS = 256
#: Words, phrases and ``or`` alternatives together: further ones are dropped. Each item adds
#: terms to the ranking expression, and SQLite's parser refuses one nested too deeply.
MAX_ITEMS = 16

TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')

#: Counting stops at this many matches ("500+"), and above it relevance is ranked among the
#: newest this many: counting and ranking every record that mentions "Kazakh" would cost a scan
#: of the archive and tell the reader nothing.
CAP = 500

#: Keys at least this long also match as prefixes: "kultur" finds "kulturnoi".
PREFIX_MIN = 4

#: How much a match in each column counts, in ts_rank's order: body (D), summary (C), names (B), title (A).
WEIGHTS = [0.1, 0.2, 0.4, 1.0]
SQLITE_WEIGHTS = {"title": 8, "names": 4, "summary": 2, "body": 1, "links": 1}


@dataclass
class ParsedQuery:
    """A websearch query, analysed: every clause must match, any item of a clause may.

    An item is a tuple of words (one word, or a phrase); a word is the tuple of its
    keys (``analysis.query_keys``), its own key first.
    """

    clauses: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    #: Per clause, the word as typed when the clause is one plain word (else None).
    sources: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.clauses)

    @property
    def words(self):
        """Every key the query looks for, for highlighting."""
        return list(dict.fromkeys(key for clause in self.clauses for item in clause for word in item for key in word))

    @property
    def names(self):
        """The words' own keys, for fuzzy name matching."""
        return list(dict.fromkeys(word[0] for clause in self.clauses for item in clause for word in item))

    @property
    def is_plain(self):
        """Only words: no phrase, no alternatives, no exclusions (names are matched fuzzily then)."""
        return not self.excluded and all(len(clause) == 1 and len(clause[0]) == 1 for clause in self.clauses)

    @property
    def prefixes(self):
        """The keys that also match as prefixes."""
        return [key for key in self.words if len(key) >= PREFIX_MIN]

    def tsquery(self, expanded=None, *, leaving=()):
        """The query as a raw PostgreSQL tsquery over the keys.

        ``expanded`` (``{prefix: keys}``, see ``postgres.expand``) names the keys a prefix
        stands for; the others stay prefixes (``kultur:*``). The clauses at the positions
        ``leaving`` are left out.
        """
        kept = [clause for position, clause in enumerate(self.clauses) if position not in leaving]
        parts = [_tsquery_clause(clause, expanded) for clause in kept]
        parts += [f"!{_tsquery_item(item, expanded)}" for item in self.excluded]
        return " & ".join(parts)


def _tsquery_key(key, expanded):
    if len(key) < PREFIX_MIN:
        return key
    if expanded and key in expanded:
        # Quoted: a key read back from the table never breaks the query's syntax.
        return " | ".join("'" + found.replace("\\", "\\\\").replace("'", "''") + "'" for found in expanded[key])
    return f"{key}:*"


def _tsquery_word(word, expanded=None):
    return "(" + " | ".join(_tsquery_key(key, expanded) for key in word) + ")"


def _tsquery_clause(clause, expanded=None):
    return "(" + " | ".join(_tsquery_item(item, expanded) for item in clause) + ")"


def _tsquery_item(item, expanded=None):
    return "(" + " <-> ".join(_tsquery_word(word, expanded) for word in item) + ")"


def parse(text, language=None):
    """Parse ``text`` (any string at all) into a ``ParsedQuery``; junk yields an empty query.

    Words are analysed for every language, ``language`` (the page's) first.
    """
    parsed, stopwords = ParsedQuery(), ParsedQuery()
    pending_or = False
    count = 0
    for match in TOKEN.finditer((text or "")[:MAX_QUERY_CHARS]):
        quoted, raw_word = match.group(2), match.group(4)
        negated = bool(match.group(1) or match.group(3))
        if raw_word is not None and raw_word.lower() == "or" and not negated:
            pending_or = bool(parsed.clauses)
            continue
        if quoted is not None:
            items = [_item(WORD.findall(quoted), language)]
        else:
            # "l'Académie", "Kazakhstan's", "Kassym-Jomart": each word on its own, little ones dropped.
            words = WORD.findall(raw_word)
            kept = [word for word in words if not is_stopword(word)]
            if not kept and not negated:
                stopwords.clauses += [[_item([word], language)] for word in words]
            items = [_item([word], language) for word in kept] if len(words) > 1 or negated else [_item(kept, language)]
        for item in items:
            if not item or count >= MAX_ITEMS:
                continue
            count += 1
            if negated:
                parsed.excluded.append(item)
            elif pending_or:
                parsed.clauses[-1].append(item)
                parsed.sources[-1] = None
                pending_or = False
            elif [item] not in parsed.clauses:
                parsed.clauses.append([item])
                parsed.sources.append(kept[0] if quoted is None and len(kept) == 1 and len(item) == 1 else None)
        pending_or = False
    if not parsed.clauses:
        # Nothing but little words ("the who"): search for them after all.
        parsed.clauses = [clause for clause in stopwords.clauses if clause[0]][:MAX_ITEMS]
        parsed.sources = [None] * len(parsed.clauses)
    return parsed


def _item(words, language):
    return tuple(found for found in (query_keys(word, language) for word in words) if found)


@dataclass
class SearchResults:
    query: ParsedQuery
    entries: object  # the page-able queryset of entries, already filtered and ordered
    facets: dict  # kind -> number of matches, CAP + 1 meaning "more than CAP"
    count: int  # matches that can be paged through: at most CAP
    #: Words that match nothing, each with a word of the archive's vocabulary spelt like it.
    suggestions: dict = field(default_factory=dict)
    #: Records with most of the words follow those with all of them (None: they do not).
    #: ``complete`` is then how many have all of them (0: none has).
    complete: int | None = None
    #: The counts are lower bounds: matching stopped at a sample (PostgreSQL, common words).
    estimated: bool = False


NEWEST = (F("date_lower").desc(nulls_last=True), "-pk")

#: When fewer records than this have every word, those with most of the words follow them.
FEW = 10


def search(text, *, kind=None, sort="relevance", years=(None, None), language=None, using="default", suggest=False):
    """Search the public archive. Two queries: the counts now, the page when sliced.

    ``years`` (from, to; either may be None) keeps dated records overlapping them.

    A word found in half the archive must cost about what a rare one costs, so
    counting stops at CAP matches of a kind (the newest: they come off an index
    in date order), and above CAP relevance is ranked among the newest CAP.

    When fewer than FEW records have every word, the records with most of the words
    come after them (a few more queries). When none has, ``suggest`` also looks for a
    spelling from the archive's vocabulary for each word that matches nothing.
    """
    parsed = parse(text, language)
    published = SearchEntry.objects.using(using).published()
    if any(years):
        # Dated records overlapping the years (undated ones, such as organizations, drop out).
        published = published.overlapping_years(*years)
    if not parsed:
        return SearchResults(parsed, published.none(), {}, 0)
    if connections[using].vendor == "postgresql":
        options = {"kind": kind, "sort": sort, "language": language, "suggest": suggest}
        return _search_postgres(parsed, published, using=using, **options)
    base, every, clauses, rank = _fallback(published, parsed)
    entries = base.filter(every)
    facets = count_matches(entries, using=using)
    complete, most, suggestions = None, (), {}
    if suggest and not facets:

        def finds(word):
            candidate = parse(word, language)
            return bool(candidate) and base.filter(_fallback(published, candidate)[1]).exists()

        suggestions = suggest_spellings(parsed, clauses, base, finds, using=using)
    if len(parsed.clauses) > 1 and sum(facets.values()) < FEW:
        complete = sum(facets.values())
        entries, facets, most = _most_words(base, clauses, facets, using=using)
    if kind:
        entries = entries.filter(kind=kind)
    count = facets.get(kind, 0) if kind else sum(facets.values())
    if count > CAP and sort == "relevance":
        newest = entries.order_by(*most, *NEWEST).values("pk")[:CAP]
        entries = SearchEntry.objects.using(using).filter(pk__in=newest)
        if most:
            entries = entries.alias(matched=_matched(clauses))
    entries = entries.annotate(rank=rank)
    if sort == "newest":
        ordering = NEWEST
    elif sort == "oldest":
        ordering = (F("date_lower").asc(nulls_last=True), "pk")
    else:
        ordering = (*most, "-rank", *NEWEST)
    return SearchResults(parsed, entries.order_by(*ordering), facets, min(count, CAP), suggestions, complete)


def _search_postgres(parsed, published, *, kind, sort, language, using, suggest):
    """PostgreSQL: the matches read as a bounded sample, the page ranked over it (see ``postgres``)."""
    total = pg.index_rows(using)
    base, words, clauses, rank = _postgres(published, parsed, names=False, total=total)
    names = _names(parsed)
    rows = pg.sample(base, words, names=names, enough=CAP, total=total)
    facets, estimated = pg.counts(rows, CAP), pg.is_full(rows)
    complete, matched, suggestions = None, None, {}
    # With few records holding every word, each word is sampled on its own: the samples
    # give "most of the words", and tell the spelling suggestions which words match.
    samples = None
    if len(parsed.clauses) > 1 and sum(facets.values()) < FEW:
        samples = [pg.sample(base, clause, enough=CAP, total=total) for clause in clauses]
    if suggest and not facets:

        def finds(word):
            candidate = parse(word, language)
            return bool(candidate) and pg.exists(base.filter(_postgres(published, candidate, total=total)[1]), total)

        found = [bool(sample) for sample in samples] if samples is not None else [False]
        suggestions = suggest_spellings(parsed, clauses, base, finds, found=found, using=using)
    if samples is not None:
        complete = sum(facets.values())
        rows = _most_words_postgres(samples)
        estimated = pg.is_full(rows) or any(pg.is_full(sample) for sample in samples)
        facets, matched = pg.counts(rows, CAP), _matched(clauses)
    elif kind and estimated:
        # The sample of every kind may hold few of this one: take one of its own, and count it.
        rows = pg.sample(base.filter(kind=kind), words, names=names, enough=CAP, total=total)
        facets = {**facets, **pg.counts(rows, CAP)}
    if getattr(rows, "spelt", False):
        # Names spelt like the words are among the rows: the closest spelling ranks first.
        rank = rank + _likeness(parsed)
    if kind:
        rows = [row for row in rows if row[1] == kind]
    count = facets.get(kind, 0) if kind else sum(facets.values())
    pks = pg.newest(rows, CAP, oldest=sort == "oldest")
    entries = pg.ordered(pks, rank=rank, sort=sort, matched=matched, using=using)
    return SearchResults(parsed, entries, facets, min(count, CAP), suggestions, complete, estimated)


def _most_words_postgres(samples):
    """The rows with at least half of the clauses, or if none has, with any.

    ``samples`` holds each clause's own sample (the newest of a common word, all of a
    rarer one); the samples are counted together.
    """
    matched, rows = Counter(), {}
    for sample in samples:
        for row in sample:
            matched[row[0]] += 1
            rows[row[0]] = row
    for least in dict.fromkeys(((len(samples) + 1) // 2, 1)):
        kept = [row for pk, row in rows.items() if matched[pk] >= least]
        if kept:
            return kept
    return []


def every_match(text, *, kind=None, language=None, using="default"):
    """Every public entry with every word of ``text``, newest first: not capped, not sampled (exports)."""
    parsed = parse(text, language)
    published = SearchEntry.objects.using(using).published()
    if not parsed:
        return published.none()
    base, every, _clauses, _rank = _backend(using)(published, parsed)
    entries = base.filter(every)
    return (entries.filter(kind=kind) if kind else entries).order_by(*NEWEST)


def matching_ids(text, model, *, language=None, using="default"):
    """The ids of the public records of ``model`` with every word of ``text`` (a subquery), or None.

    None means the text holds nothing to search for. For ``q=`` on the list pages: the list's
    own filters and facets then apply to these records.
    """
    parsed = parse(text, language)
    if not parsed:
        return None
    published = SearchEntry.objects.using(using).published().filter(kind=record_types.of(model).name)
    base, every, _clauses, _rank = _backend(using)(published, parsed)
    return base.filter(every).values("object_id")


def _backend(using):
    """The matching of the database behind ``using``: ``_postgres`` or the SQLite ``_fallback``."""
    return _postgres if connections[using].vendor == "postgresql" else _fallback


def _matched(clauses):
    """How many of the clauses an entry matches."""
    return _sum(Case(When(clause, then=Value(1)), default=Value(0), output_field=IntegerField()) for clause in clauses)


def _most_words(base, clauses, facets, *, using):
    """The entries with most of the clauses, best first: ``(entries, facets, ordering)``.

    First those with at least half of them (every one of the few full matches among
    them); if none has, those with any.
    """
    candidates = base.filter(Q.create(clauses, "OR")).alias(matched=_matched(clauses))
    for least in dict.fromkeys(((len(clauses) + 1) // 2, 1)):
        entries = candidates.filter(matched__gte=least)
        facets = count_matches(entries, using=using)
        if facets:
            break
    return entries, facets, ("-matched",)


def count_matches(entries, *, using="default"):
    """Matches per kind, each counted up to CAP + 1, in one query.

    Each count reads the kind's newest matches off the (kind, date) index and stops
    at the cap, so a word found in half the archive costs about as much as a rare one.
    """
    kinds = [record_type.name for record_type in record_types.RECORD_TYPES]
    parts, params = [], []
    for kind in kinds:
        newest = entries.filter(kind=kind).order_by(*NEWEST).values("pk")[: CAP + 1]
        sql, kind_params = newest.query.get_compiler(using).as_sql()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS matches_{kind})")  # noqa: S608 -- ORM-compiled SQL
        params += kind_params
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)  # noqa: S608 -- ORM-compiled SQL
        row = cursor.fetchone()
    return {kind: count for kind, count in zip(kinds, row, strict=True) if count}


def _postgres(entries, parsed, *, names=True, total=None):
    """``(entries without the excluded, the Q of every clause, a Q per clause, rank)``.

    Entries are matched with the keys each prefix stands for (``postgres.expand``: the
    same entries, found faster), and ranked with the prefixes as typed. Without ``names``
    the Q of every clause leaves out the misspelt names (``_names``): the caller asks for them.
    ``total``: the index's ``index_rows``, where the caller has read it.
    """
    expanded = pg.expand(parsed.prefixes, using=entries.db)
    query = SearchQuery(parsed.tsquery(), search_type="raw", config="simple")
    every = _every(parsed, expanded, using=entries.db, total=total)
    clauses = [
        Q(vector=SearchQuery(_tsquery_clause(clause, expanded), search_type="raw", config="simple"))
        for clause in parsed.clauses
    ]
    rank = SearchRank(
        F("vector"),
        query | SearchQuery(" | ".join(map(_tsquery_clause, parsed.clauses)), search_type="raw", config="simple"),
        weights=WEIGHTS,
    )
    if parsed.is_plain and names:
        every |= _names(parsed)
    if parsed.excluded:
        excluded = " | ".join(_tsquery_item(item) for item in parsed.excluded)
        entries = entries.exclude(vector=SearchQuery(excluded, search_type="raw", config="simple"))
    # Each type's ``search.prior``: a photo, which often bears its event's title, ranks a little below it.
    priors = [
        When(kind=record_type.name, then=Value(record_type.search.prior))
        for record_type in record_types.RECORD_TYPES
        if record_type.search.prior != 1
    ]
    prior = Case(*priors, default=Value(1.0), output_field=FloatField())
    return entries, every, clauses, rank * prior


def _every(parsed, expanded, *, using, total=None):
    """The Q of every clause: put to the GIN index, but for those it is cheaper to test on the rows read.

    Which those are, ``postgres.tested_on_rows`` weighs from the statistics (for a question
    of several clauses only). ``total``: the index's ``index_rows``, read here if not given.
    """
    moved = []
    if len(parsed.clauses) > 1:
        keyed = [_clause_keys(clause, expanded) for clause in parsed.clauses]
        shares = pg.shares([key for keys in keyed if keys for key in keys], using=using)
        moved = pg.tested_on_rows(keyed, shares, pg.index_rows(using) if total is None else total)
    every = Q(vector=SearchQuery(parsed.tsquery(expanded, leaving=moved), search_type="raw", config="simple"))
    if moved:
        every &= pg.on_rows(" & ".join(_tsquery_clause(parsed.clauses[position], expanded) for position in moved))
    return every


def _clause_keys(clause, expanded):
    """The keys any of which a clause matches (a prefix's as ``expand`` found them), or None if it holds a phrase."""
    if any(len(item) > 1 for item in clause):
        return None
    keys = []
    for item in clause:
        for key in item[0]:
            keys += expanded.get(key, [key]) if expanded else [key]
    return list(dict.fromkeys(keys))


def _likeness(parsed):
    """How closely an entry's names are spelt like the words (trigram word similarity, 0 to 1).

    A ranking term for when names spelt like the words were looked for (``postgres.misspelt``):
    about 10 µs for each entry with names (a person's, 86 characters on average), so it is
    added only then. When the words alone find the entries a page is ranked among, those
    with the name in their title or names already rank first by ``ts_rank``'s weights.
    """
    return TrigramWordSimilarity(" ".join(parsed.names), "names")


def _names(parsed):
    """Entries with a name spelt like the words (PostgreSQL's trigram word similarity), or None.

    Only for a question of plain words: a misspelt name should still find its person.
    """
    return Q(names__trigram_word_similar=" ".join(parsed.names)) if parsed.is_plain else None


def _item_q(item, column):
    """The word starts a word of the column; a phrase's words do so in order.

    In the column each word is followed by the keys of its stems, so between two words
    of a phrase there may be up to two other keys.
    """
    if len(item) == 1:
        return _word_q(item[0], column)
    words = [f"(?:{'|'.join(word)})[a-z0-9]*" for word in item]
    return Q(**{f"{column}__regex": "(?:^| )" + "(?: [a-z0-9]+){0,2} ".join(words)})


def _word_q(word, column):
    """One of the word's keys starts a word of the column."""
    return Q.create(
        [Q(**{f"{column}__startswith": key}) | Q(**{f"{column}__contains": f" {key}"}) for key in word], "OR"
    )


def _fallback(entries, parsed):
    """SQLite: a clause matches a word start in some column; excluded items match in none."""
    clauses = [
        Q.create([_item_q(item, col) for item in clause for col in SQLITE_WEIGHTS], "OR") for clause in parsed.clauses
    ]
    for item in parsed.excluded:
        entries = entries.exclude(Q.create([_item_q(item, col) for col in SQLITE_WEIGHTS], "OR"))
    terms = [
        Case(When(_item_q(item, column), then=Value(weight)), default=Value(0), output_field=IntegerField())
        for clause in parsed.clauses
        for item in clause
        for column, weight in SQLITE_WEIGHTS.items()
    ]
    return entries, Q.create(clauses, "AND"), clauses, _sum(terms)


def _sum(terms):
    """``terms`` added up as a balanced tree: SQLite's parser refuses a hundred nested additions."""
    terms = list(terms)
    while len(terms) > 1:
        terms = [terms[i] + terms[i + 1] if i + 1 < len(terms) else terms[i] for i in range(0, len(terms), 2)]
    return terms[0]


def load_records(rows, *, using="default"):
    """The public records behind ``(kind, object_id)`` rows, in order: one query per kind present.

    Records go through their own ``published()`` again, so a stale index entry never shows a
    record the public may not see.
    """
    ids = defaultdict(list)
    for kind, object_id in rows:
        ids[kind].append(object_id)
    found = {}
    for kind, object_ids in ids.items():
        model = record_types.by_name(kind).model
        records = model.objects.using(using).published().filter(pk__in=object_ids)
        for obj in records.prefetch_related(*_thumbnail_prefetches(model)):
            found[kind, obj.pk] = obj
    return [(kind, found[kind, object_id]) for kind, object_id in rows if (kind, object_id) in found]


def _thumbnail_prefetches(model):
    photos = Photo.objects.published().with_renditions()
    if model is Photo:
        return ["renditions"]
    if model is Person:
        return [Prefetch("photo", queryset=photos)]
    if model is Event:
        return [Prefetch("photos", queryset=photos, to_attr="search_photos")]
    return []


def thumbnail(record):
    """The public photo to show beside a hit (loaded by ``load_records``), or None."""
    if isinstance(record, Photo):
        return record
    if isinstance(record, Person):
        return record.photo
    return next(iter(getattr(record, "search_photos", [])), None)
