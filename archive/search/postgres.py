"""Search on PostgreSQL at any size: match through the GIN indexes, rank a bounded sample.

An entry's tsvector holds every word of every language version of the record and
of the records it links to, with their stems: a few kilobytes, stored out of line
(TOAST). Testing ``vector @@ query`` row by row therefore costs a fetch and a
decompression per row, about 15 µs, and the planner does not know it: walking the
(kind, date) index newest first "until 500 matches" looked cheap to it and read
30,000 rows for a surname found in 2 % of the events (0.5–2 s at 100,000 events).

So a question is put to the indexes as a bitmap: the GIN index answers which
entries hold the words without opening a vector, and only matching rows are read
(their id, kind and date; no vector). Those reads stop at ``SAMPLE`` rows. The counts
per kind come from the sample; when it is full they are lower bounds, and the page
says so ("120+"). The page is ranked among the newest ``CAP`` of the sample: ``ts_rank``
then opens at most ``CAP`` vectors. Prefixes are asked for as the keys they stand for
(``expand``), which the GIN index reads guided by the rarest word of the question.
A word in most entries is the exception: GIN, skipping through its dense lists to the
rarer words' matches, decodes nearly all of them, so it is tested on the rows the
bitmap reads instead (``tested_on_rows``).

A bitmap lists every match, though, and a question that a tenth of the archive
answers ("kazakh music") would cost in proportion to the archive. Such a question is
walked instead: the date index newest first, each row tested on the way, until the
``CAP`` newest matches are found or ``WALK_ROWS`` rows are read (``sample``), so its
cost follows the share of the archive that matches, not the archive's size. Its
sample is those newest matches.

A word in more than ``SAMPLE`` public records (over 1 % of a 150,000-record archive)
is thus ranked among ``SAMPLE`` of them rather than among all: such a word says little
on its own, and the counts say "500+". "Most of the words" samples each word on its
own and counts the samples together.
"""

from collections import Counter

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import BooleanField, F, Func, Q, Value

from archive.estimates import ReadAs, count_up_to, planned_rows, planner, table_rows, with_base_table
from archive.models import SearchEntry, SearchKey

#: Matching rows read at most per question.
SAMPLE = 2000


#: A question that the planner expects this share of the index to answer is "common":
#: its newest matches may be found by walking the date index, each row tested on the way
#: (a few rows per match), instead of building a bitmap of much of the table (``walks``
#: weighs the two). Below it, the planner's guess is too rough to bet a walk on.
COMMON = 0.05
#: A walk reads at most this many rows (about 0.1 s).
WALK_ROWS = 10_000
#: What a walk pays for each row it reads (a vector fetched and tested, about 2.4 µs at
#: 100,000 and at 1,000,000 events, with the vector in the row: migration 0017), in what a
#: bitmap pays for each match it lists (0.16 µs at 12,500 matches, 0.27 µs at 125,000:
#: its pages are sorted before they are read). A bitmap then reads up to SAMPLE of its
#: rows, at about the same cost each (1.7 µs).
ROW_COST = 10
#: A walk must look this many times cheaper than the bitmap to be chosen. The planner's
#: guess of a question's share can be high by 2–3 × for several words ("казахской музыки":
#: 25 % guessed, 10 % found), and a walk then reads that many times more rows while the
#: bitmap lists that many times fewer.
MARGIN = 2

NEWEST = (F("date_lower").desc(nulls_last=True), "-pk")
COLUMNS = ("pk", "kind", "date_lower")


def reading(entries, *, walk):
    """The planner settings for reading ``entries``: a walk of the date index newest first, or bitmaps."""
    if walk:
        return planner(entries.db, enable_bitmapscan="off", enable_seqscan="off")
    return planner(entries.db, enable_indexscan="off", enable_seqscan="off")


#: A prefix that begins more keys than this is left to the index to expand (``key:*``).
EXPAND_MAX = 64


def expand(prefixes, *, using="default"):
    """``{prefix: [the index's keys that begin with it]}`` for prefixes beginning 1 to EXPAND_MAX keys.

    In a tsquery, ``kultur:*`` makes the GIN index read the posting list of every key
    under "kultur" in full and join them as a bitmap, even when another word of the
    query is rare. The same keys asked for by name, ``(kultur | kulturi | kulturnoi)``,
    are read the way plain keys are: the rarest word leads, and the lists of the others
    are only looked into where it has a match (a question of four common words and a
    rare one costs about what the rare one costs). The match is the same, as every key
    of the index is a ``SearchKey``. One query for all the prefixes.
    """
    prefixes = sorted(set(prefixes))
    if not prefixes:
        return {}
    found = [
        SearchKey.objects.using(using)
        .filter(key__startswith=prefix)
        .annotate(prefix=Value(prefix))
        .order_by("key")
        .values_list("prefix", "key")[: EXPAND_MAX + 1]
        for prefix in prefixes
    ]
    expansions = {}
    for prefix, key in found[0].union(*found[1:], all=True) if len(found) > 1 else found[0]:
        expansions.setdefault(prefix, []).append(key)
    return {prefix: keys for prefix, keys in expansions.items() if len(keys) <= EXPAND_MAX}


#: What GIN pays to decode one item of a posting list it skips through, in what a bitmap pays
#: for each match it lists (about 6 ns against 0.24 µs).
DECODE_COST = 1 / 40

SHARES = """
    SELECT key, stats.freqs[array_position(stats.elems, key)]
    FROM unnest(%(keys)s::text[]) AS key
    LEFT JOIN (
        SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
        FROM pg_stats WHERE schemaname = current_schema() AND tablename = %(table)s AND attname = 'vector'
    ) AS stats ON TRUE
"""


def shares(keys, *, using="default"):
    """``{key: the share of the index's entries that hold it}``, from the statistics.

    PostgreSQL's statistics of the vectors list their most common keys (about a thousand,
    each in over 0.5 % of a large archive) with their shares: the keys of ``keys`` among
    them get theirs, the others are rarer. One query.
    """
    keys = sorted(set(keys))
    if not keys:
        return {}
    with connections[using].cursor() as cursor:
        cursor.execute(SHARES, {"table": SearchEntry._meta.db_table, "keys": keys})
        return {key: share for key, share in cursor.fetchall() if share is not None}


def tested_on_rows(clauses, shares, total):
    """The positions of the ``clauses`` a bitmap should test on the rows it reads, not through GIN.

    Each clause is the list of keys any of which it matches, or None where its share cannot
    be told from theirs (a phrase). ``shares`` comes from ``shares``, ``total`` from ``index_rows``.

    GIN answers ``a & b & c`` guided by the rarest clause: it skips through the other
    posting lists to each of the rarest's matches. A list that holds half of the entries is
    so dense that skipping through it decodes nearly all of it, and its cost grows with the
    archive: "казахской" (two keys in 57 % of the entries) took 11 of the 14 ms that four
    Russian words cost at a million records, for 227 matches. Tested on each row that the
    others' bitmap reads instead, such a clause costs the rows it turns away: at a share s,
    1/s − 1 rows for each it keeps, and a bitmap keeps SAMPLE rows at most. So a clause
    goes to the rows where decoding its lists would cost more than those reads could, the
    densest first; the rarest clause (or a phrase) always stays in the index. The matches
    are the same either way.
    """
    known = []
    for position, keys in enumerate(clauses):
        if keys is None:
            continue
        share = max((shares.get(key, 0.0) for key in keys), default=0.0)
        items = sum(shares.get(key, 0.0) for key in keys) * total
        known.append((share, items, position))
    known.sort(reverse=True)
    if len(known) == len(clauses):
        known = known[:-1]  # the rarest leads the bitmap
    moved, kept = [], 1.0
    for share, items, position in known:
        if share <= 0:
            break
        turned_away = SAMPLE * (1 / (kept * share) - 1 / kept)
        if items * DECODE_COST <= turned_away * ROW_COST:
            break
        moved.append(position)
        kept *= share
    return sorted(moved)


def on_rows(tsquery):
    """``vector @@ tsquery`` as a test of each row read: ``IS TRUE`` keeps it from the GIN index.

    PostgreSQL puts an operator it can answer with an index to that index; a test of its
    result is made on the rows, and the planner still estimates its share from the
    statistics (``tested_on_rows``).
    """
    query = SearchQuery(tsquery, search_type="raw", config="simple")
    template = "((%(expressions)s) IS TRUE)"
    return Q(Func(F("vector"), query, arg_joiner=" @@ ", template=template, output_field=BooleanField()))


def index_rows(using):
    """Rows of the search index, by the planner's count (at least 1): read once per search."""
    return max(table_rows(SearchEntry, using) or 0, 1)


def walks(expected, total, enough):
    """Is a walk to ``enough`` matches cheaper than a bitmap of ``expected`` matches of ``total`` rows?

    A walk reads about ``enough`` ÷ share rows (WALK_ROWS at most), each at ROW_COST; a
    bitmap lists every match, then reads up to SAMPLE of them. So in a small archive a
    question must be very common to be walked (a fifth of 150,000 entries, for the 500 a
    page is ranked among), and in a large one less so (a thirteenth of 1,500,000): a bitmap's
    cost grows with the archive, a walk's does not. Only common questions are weighed at
    all (``COMMON``), and a walk must win by ``MARGIN``.
    """
    if expected < COMMON * total:
        return False
    walk = min(WALK_ROWS, enough * total / expected) * ROW_COST
    bitmap = expected + min(SAMPLE, expected) * ROW_COST
    return walk * MARGIN < bitmap


class Sample(list):
    """Matching ``(pk, kind, date_lower)`` rows; ``full``: there may be more (counts are lower bounds).

    ``spelt``: names spelt like the words were looked for (``misspelt``), and may be among the rows.
    """

    def __init__(self, rows, *, full, spelt=False):
        super().__init__(rows)
        self.full = full
        self.spelt = spelt


class NewestRows(ReadAs):
    """A query's base table read as a subquery: the newest ``limit`` rows of ``base`` (a walk's bound)."""

    def as_sql(self, compiler, connection):
        base, limit = self.args
        sql, params = base.order_by(*NEWEST)[:limit].query.get_compiler(connection=connection).as_sql()
        return f"({sql}) {compiler.quote_name_unless_alias(self.table_alias)}", params


def sample(base, match, *, enough, total, names=None):
    """Matching rows of ``base.filter(match)`` (a ``Sample``): a common question's ``enough`` newest, else up to SAMPLE.

    ``total`` is the index's size (``index_rows``). ``names``: another way to match (a
    misspelt name, by trigrams), or None.

    A common question is walked newest first over at most WALK_ROWS rows (see ``walks``),
    and only until it has ``enough`` matches (the newest, which the page is ranked among):
    its cost depends on the share of the archive that matches, not on its size, and its
    counts are lower bounds. A walk that finds fewer (the planner's guess for several words
    was too high: it multiplies their shares as if they were independent) gives way to a
    bitmap of every match. Either way only ``match`` is tested; ``names`` are put to their
    own index afterwards, and only when the words find fewer than ``enough`` (``misspelt``).
    """
    entries = base.filter(match)
    if walks(planned_rows(entries), total, enough):
        with reading(entries, walk=True):
            walked = entries.order_by(*NEWEST).values_list(*COLUMNS)
            rows = list(with_base_table(walked, NewestRows, base, WALK_ROWS)[:enough])
        full = len(rows) >= enough
        # Short of enough, the walk read all of the newest WALK_ROWS: older ones may match too.
        if full or count_up_to(base, WALK_ROWS) <= WALK_ROWS:
            return misspelt(Sample(rows, full=full), base, names, enough=enough)
    with reading(entries, walk=False):
        rows = list(entries.values_list(*COLUMNS)[:SAMPLE])
    return misspelt(Sample(rows, full=len(rows) >= SAMPLE), base, names, enough=enough)


def misspelt(found, base, names, *, enough):
    """``found`` (the words' ``Sample``) with the rows of names spelt like them, if it holds fewer than ``enough``.

    The trigram index's candidates for a name grow with the archive, and each is compared
    again (about 15 µs): 4,200 of them for a surname at a million records. When the words
    alone fill the ``enough`` rows a page is ranked among, the name was spelt as the archive
    spells it, and the page is made of the records that have it: names only spelt like it
    are not looked for (a search engine's "did you mean" works the same way). Fewer, and
    the newest of both are kept.
    """
    if names is None or len(found) >= enough:
        return found
    spelt = named(base, names)
    rows = sorted({row[0]: row for row in (*found, *spelt)}.values(), key=age)
    return Sample(rows, full=found.full or len(spelt) >= SAMPLE, spelt=True)


def named(base, names):
    """The newest SAMPLE rows of ``base.filter(names)``, read by bitmap (a name's trigrams are in few rows)."""
    entries = base.filter(names)
    with reading(entries, walk=False):
        return list(entries.order_by(*NEWEST).values_list(*COLUMNS)[:SAMPLE])


def exists(entries, total):
    """Is there a public entry? Walked for a common word (the first rows have it), by bitmap otherwise.

    A walk for a word that is nowhere reads the whole table; a bitmap for a word that is
    everywhere lists the whole table: the planner's estimate for one word tells which.
    Unlike ``sample``, this walk needs no bound and no weighing (``walks``): it stops at
    its first match, after about 1 ÷ share rows, which for a common word is a handful.
    """
    walk = planned_rows(entries) >= COMMON * total
    with reading(entries, walk=walk):
        # (exists() drops the ordering; a one-row slice keeps a walk newest first.)
        return bool(entries.order_by(*(NEWEST if walk else ())).values_list("pk")[:1])


def counts(rows, cap):
    """Matches per kind in the sample, each up to ``cap + 1`` (lower bounds when the sample is full)."""
    found = Counter(kind for _pk, kind, _date in rows)
    return {kind: min(count, cap + 1) for kind, count in found.items()}


def is_full(rows):
    """May there be more matches than the sample holds? (Then its counts are estimates, shown as "N+".)"""
    return getattr(rows, "full", len(rows) >= SAMPLE)


def age(row, *, oldest=False):
    """The sort key of a ``(pk, kind, date)`` row: newest first (undated last), or oldest first."""
    pk, _kind, date = row
    if oldest:
        return (date is None, date.toordinal() if date else 0, pk)
    return (date is None, -(date.toordinal()) if date else 0, -pk)


def newest(rows, count, *, oldest=False):
    """The pks of the ``count`` newest rows (undated last), or of the oldest."""
    return [row[0] for row in sorted(rows, key=lambda row: age(row, oldest=oldest))[:count]]


def ordered(pks, *, rank, sort, matched=None, using="default"):
    """The entries ``pks``, ranked or sorted: what the search page pages through.

    ``matched`` (an expression: how many of the words an entry has) puts those with
    most of the words first. Each expression opens at most ``len(pks)`` vectors.
    """
    entries = SearchEntry.objects.using(using).filter(pk__in=pks)
    if sort == "newest":
        return entries.order_by(*NEWEST)
    if sort == "oldest":
        return entries.order_by(F("date_lower").asc(nulls_last=True), "pk")
    entries = entries.annotate(rank=rank)
    if matched is not None:
        return entries.alias(matched=matched).order_by("-matched", "-rank", *NEWEST)
    return entries.order_by("-rank", *NEWEST)
