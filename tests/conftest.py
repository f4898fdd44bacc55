"""Shared fixtures: the real corpus and one sample build reused by many tests."""
from __future__ import annotations

import functools

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"  # measurement data beside the project: optional, tests skip
SEED = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
EXTRA = Path(__file__).resolve().parent / "data" / "extra"  # public news texts (SOURCES.md)
GOLD_DEV = SHARED / "gold" / "dev.json"


# Whole modules that kill processes, drive a browser, run notebooks, a Dask cluster, the real
# `kg` in subprocesses (the README's commands, issue 11's adversarial inputs, the security
# payloads built into every format) or a server.
SLOW_MODULES = {"test_kill", "test_browser", "test_notebooks", "test_dask", "test_reliability",
                "test_scale", "test_serve", "test_readme", "test_adversarial", "test_security"}
# Single tests of other modules that take seconds each: whole builds in subprocesses, builds
# repeated across hash seeds or from the cache, SHACL validation of random exports, a fresh
# interpreter loading jieba.  Named here so that their modules need not know about timing.
SLOW_TESTS = {
    "test_api": ("test_extraction_json_round_trips", "test_sparql_named_query_with_parameters"),
    "test_build": ("test_bad_file_is_reported_and_the_rest_built", "test_turtle_and_trig_parse",
                   "test_build_is_deterministic_and_order_independent"),
    "test_cache": ("test_rebuild_from_cache_extracts_nothing_and_writes_the_same_bytes",
                   "test_one_changed_document_is_the_only_one_extracted"),
    "test_entities": ("test_jieba_names_do_not_depend_on_what_ran_before",),
    "test_html": ("test_big_component_layout_is_bounded_and_deterministic",
                  "test_byte_identical_across_processes_with_different_hash_seeds"),
    "test_lexicon": ("test_a_new_stem_and_suffix_are_one_line_of_data",),
    "test_messages": ("test_eval_says_which_part_of_the_build_it_scored",),
    "test_posts": ("test_rdf_states_posts_with_w3c_org_and_conforms",),
    "test_properties": ("test_json_lines_never_raise_and_errors_point_at_their_line",),
    "test_query": ("test_real_build_rdf_is_deterministic_and_valid",
                   "test_store_is_built_lazily_and_rebuilt_when_the_export_changes",
                   "test_store_union_comes_from_graph_ttl_only_when_it_is_the_same_export",
                   "test_real_build_named_queries"),
    "test_rdf": ("test_random_extractions_export_deterministically_and_validate",
                 "test_export_conforms_to_shapes", "test_shapes_catch_broken_exports"),
    "test_rdf_periods": ("test_shapes_accept_typed_periods_and_reject_a_bad_kind",),
    "test_structure_model": ("test_jieba_keeps_its_cache_in_the_users_cache_folder",),
    "test_structure_vocabulary": ("test_a_new_byline_role_is_one_line_of_layout_words",),
}


def pytest_collection_modifyitems(config, items):
    """Mark `slow` the modules and tests above (`pytest -m "not slow"` then runs in well under
    a minute on a quiet machine; the default run and scripts/test.sh still run everything)."""
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        name = getattr(item, "originalname", None) or item.name.split("[", 1)[0]
        if module in SLOW_MODULES or name in SLOW_TESTS.get(module, ()):
            item.add_marker(pytest.mark.slow)


def needs_shared(path: Path):
    """Skip the calling test when `path` (under ../shared) is not there, as on a fresh clone."""
    if not Path(path).exists():
        pytest.skip(f"{path} not present (../shared is optional)")


def text_doc(text: str, doc_id: str = "t"):
    """A one-article Doc over `text` (first line the title, each other line a body paragraph),
    with sentences split: the input the extraction stages after layout expect."""
    from kg.model import Article, Doc, OffsetMap, Section
    from kg.stages.sentences import split_sentences
    art = Article(id=f"{doc_id}#A1", text=text, offsets=OffsetMap([(0, 0, len(text))]))
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line:
            art.sections.append(Section("title" if i == 0 else "body", pos, pos + len(line)))
        pos += len(line) + 1
    art.sentences = split_sentences(art)
    doc = Doc(id=doc_id, source=f"{doc_id}.txt", text=text)
    doc.articles = [art]
    return doc


def extract_text(text: str, doc_id: str = "t"):
    """`text` (as `text_doc` reads it) through the default pipeline: the Doc with what it found."""
    from kg.pipeline import DEFAULT_PIPELINE, Pipeline
    return Pipeline(DEFAULT_PIPELINE)(text_doc(text, doc_id))


PLACE_STAGES = ("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts")


def article_place(text: str) -> str | None:
    """The name of the place `text`'s article is placed in (`text_doc` through `PLACE_STAGES`: the
    article place is chosen in resolve and may be revised by posts), or None."""
    doc = _place_pipeline()(text_doc(text))
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


@functools.lru_cache(maxsize=1)
def _place_pipeline():
    from kg.pipeline import Pipeline
    return Pipeline(PLACE_STAGES)


def figure_table(text: str, date: str | None) -> dict:
    """`text` as one document dated `date` through `extract_document`: {(value, unit): (indicator,
    subject's name, period)} of its figures, the shape the figures tests compare."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    names = {k: e.name for k, e in res.entities.items()}
    return {(m.value, m.unit): (m.indicator, names.get(m.subject), m.period) for m in res.metrics}


def counted_nouns(text: str) -> list[str | None]:
    """The noun each quantity of `text` counts (`find_quantities`), None where it counts none."""
    from kg.stages.numbers import find_quantities
    return [q.counted for q in find_quantities(text)]


def sample_and_extra_docs(*written) -> list:
    """The shipped sample page's documents, then `written` ones, then the real texts of
    ../shared/corpus/extra when present: the real text the speed tests compare paths on."""
    from kg import builder
    from kg.model import Doc
    from kg.readers.corpus import read_corpus
    docs = [d for d in read_corpus(builder.sample_corpus()) if isinstance(d, Doc)] + list(written)
    extra = SHARED / "corpus" / "extra"
    if extra.is_dir():
        docs += [d for d in read_corpus(sorted(extra.glob("*.txt"))) if isinstance(d, Doc)]
    return docs


def held_posts(doc) -> set[tuple]:
    """(person, body, post, status) of every post held in `doc` (its holdsPost relations)."""
    return {(doc.entities[r.subject].name, doc.entities[r.object].name, p["post"], p["status"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def post_triples(doc) -> set[tuple[str, str, str]]:
    """(person, body, post) of every post held in `doc`: `held_posts` without the status."""
    return {held[:3] for held in held_posts(doc)}


RELATION_STAGES = ("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations")


def programmes_and_relations(text: str, stages: tuple[str, ...] = RELATION_STAGES):
    """`text` (as `text_doc` reads it) through the name, post and relation stages (or `stages`):
    the names of its programmes, and its relations as (subject name, predicate, object name)."""
    from kg.pipeline import Pipeline
    doc = Pipeline(stages)(text_doc(text))
    name = {k: e.name for k, e in doc.entities.items()}
    progs = {e.name for e in doc.entities.values() if e.type == "Programme"}
    return progs, {(name[r.subject], r.predicate, name[r.object]) for r in doc.relations}


NAME_STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def names_doc(text: str):
    """`text` (as `text_doc` reads it) through the name stages and relations."""
    from kg.pipeline import Pipeline
    return Pipeline(NAME_STAGES)(text_doc(text))


def word_automaton(words):
    """A pyahocorasick automaton of `words`, each its own value."""
    import ahocorasick
    A = ahocorasick.Automaton()
    for w in words:
        A.add_word(w, w)
    A.make_automaton()
    return A


def mentioned(doc, label: str | None = None) -> set[str]:
    """Names of `doc`'s entities (of one type) that keep a mention of their own (not only made
    as a relation's end)."""
    return {e.name for e in doc.entities.values() if e.mentions and (label is None or e.type == label)}


def surfaces(doc, *types: str) -> set[str]:
    """The surfaces of the mentions of `doc`'s entities of the given types."""
    return {m.surface for e in doc.entities.values() if e.type in types for m in e.mentions}


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """`kg build` of the sample corpus, once per test session: (out dir, extraction json)."""
    from kg.cli import main
    out = tmp_path_factory.mktemp("sample-build")
    assert main(["build", "--out", str(out), "--quiet"]) == 0
    return out, json.loads((out / "extraction.json").read_text(encoding="utf-8"))


def built(text: str):
    """One text built whole as a document (`extract_document`): its extraction result."""
    from kg.builder import extract_document
    from kg.model import Doc
    return extract_document(Doc(id="t", source="t.txt", text=text))


def programmes_in(text: str) -> set[str]:
    """The programme names of one text built whole."""
    return extract_relations(text)[1]


def placed_in(text: str) -> set[tuple[str, str]]:
    """(programme, place) of the implementedIn relations of one text built whole."""
    return relations_of(text, "implementedIn")


def extract_relations(text: str):
    """(entity names by key, programme names, relations) of one text built whole (relations17/18)."""
    from kg.builder import extract_document
    from kg.model import Doc
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    names = {k: e.name for k, e in res.entities.items()}
    progs = {e.name for e in res.entities.values() if e.type == "Programme"}
    return names, progs, res.relations


def relations_of(text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject name, object name) of one predicate's relations in one text built whole."""
    names, _, rels = extract_relations(text)
    return {(names[r.subject], names[r.object]) for r in rels if r.predicate == predicate}


def pipeline_calls(text: str) -> int:
    """Python function calls (generator steps included) of govkg's code in the whole pipeline on
    `text` — a clock-free measure of work for linearity tests (jieba's calls are left out: its HMM
    runs over the unknown words, which vary with the names)."""
    import sys
    from kg.builder import _pipeline
    import kg
    pipe = _pipeline(None)
    doc = text_doc(text)
    n = 0
    ours = str(Path(kg.__file__).parent)

    def count(frame, event, arg):
        nonlocal n
        if event == "call" and frame.f_code.co_filename.startswith(ours):
            n += 1
    sys.setprofile(count)
    try:
        pipe(doc)
    finally:
        sys.setprofile(None)
    return n


def body_names(doc, *types: str) -> set[str]:
    """The names of the doc's entities of `types` (agencies and organisations when none is given)."""
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def relation_pairs(doc, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) names of every `predicate` relation of the doc."""
    ents = doc.entities
    rels = doc.relations
    rels = rels.values() if isinstance(rels, dict) else rels
    return {(ents[r.subject].name, ents[r.object].name) for r in rels
            if r.predicate == predicate and r.subject in ents and r.object in ents}


def post_pairs(doc) -> set[tuple[str, str]]:
    """(holder, body) of every holdsPost relation of the doc."""
    return relation_pairs(doc, "holdsPost")
