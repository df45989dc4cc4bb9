"""The pipeline's own rules: stage order is checked, failures name the stage, long texts run in blocks."""
import pytest

from annalist.errors import StageError
from annalist.model import Document, Event, Span
from annalist.pipeline import DEFAULT_STAGES, Pipeline, Stage, split_blocks

ANALYSE = DEFAULT_STAGES[0]


def toy_events(doc: Document) -> Document:
    """A stand-in events stage: one event per sentence that names a year."""
    for i, sentence in enumerate(doc.sentences):
        for token in sentence.tokens:
            if token.text.isdigit() and len(token.text) == 4:
                doc.events.append(Event("", doc.id, "battle", Span(token.start, token.end, token.text),
                                        Span(sentence.start, sentence.end, sentence.text), sentence=i))
    return doc


def not_a_stage(doc: Document):
    return None


def broken_stage(doc: Document):
    raise ValueError("boom")


TOY = Stage("toy", "test_pipeline:toy_events", ("sentences",), ("events",))


def test_a_stage_that_needs_what_nothing_produces_is_refused_at_construction():
    with pytest.raises(StageError, match="'events' requires .*times"):
        Pipeline((ANALYSE, DEFAULT_STAGES[3]))


@pytest.mark.parametrize("target,message", [
    ("test_pipeline:not_a_stage", "returned NoneType"),
    ("test_pipeline:broken_stage", "'bad' failed"),
    ("test_pipeline:no_such_function", "cannot load"),
])
def test_failures_name_the_stage(target, message):
    pipeline = Pipeline((Stage("bad", target),))
    with pytest.raises(StageError, match=message):
        pipeline(Document.from_text("Текст."))


@pytest.mark.parametrize("text,size", [
    ("a\n" * 50, 10), ("один. два. три. " * 40, 64), ("x" * 1000, 100), ("абзац\n\nабзац\n\n" * 30, 200),
])
def test_blocks_cover_the_text_exactly(text, size):
    blocks = list(split_blocks(text, size))
    assert blocks[0][0] == 0 and blocks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(blocks, blocks[1:], strict=False))
    assert all(end - start <= size for start, end in blocks)


def test_a_long_text_in_blocks_gives_the_same_records_as_one_pass(nlp_models, example_paths):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in example_paths)
    whole = Pipeline((ANALYSE, TOY), block_chars=10**9)(Document.from_text(text))
    parts = Pipeline((ANALYSE, TOY), block_chars=2_000)(Document.from_text(text))
    assert [(e.id, e.trigger, e.evidence) for e in parts.events] == \
           [(e.id, e.trigger, e.evidence) for e in whole.events]
    # NER mentions may differ slightly near block edges (slovnet reads its own context window),
    # but they must quote the full text exactly
    for mention in parts.mentions:
        assert text[mention.start:mention.end] == mention.text
    for event in parts.events:
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
        assert parts.sentences[event.sentence].start <= event.trigger.start < parts.sentences[event.sentence].end


def test_event_ids_are_stable_and_depend_on_the_text(nlp_models):
    pipeline = Pipeline((ANALYSE, TOY))
    a = pipeline(Document.from_text("В 1920 году шли бои."))
    b = pipeline(Document.from_text("В 1920 году шли бои."))
    c = pipeline(Document.from_text("В 1920 году шли бои!"))
    assert a.events[0].id == b.events[0].id != c.events[0].id


@pytest.mark.parametrize("text,expected", [
    ("Заголовок без точки\n\nПервый абзац. Второе предложение.", ["Заголовок без точки", "Первый абзац.",
                                                                 "Второе предложение."]),
    ("Глава 1\nВ 1918 году началась война.", ["Глава 1", "В 1918 году началась война."]),
    ("Строка переносится\nпосреди предложения.", ["Строка переносится\nпосреди предложения."]),
    # a king's number before a full stop is no initial
    ("Он объявил себя королём Карлом V. На следующий день вспыхнул мятеж.",
     ["Он объявил себя королём Карлом V.", "На следующий день вспыхнул мятеж."]),
    # … and initials stay inside their sentence
    ("Приказ подписал В. И. Ленин. Это было в мае.", ["Приказ подписал В. И. Ленин.", "Это было в мае."]),
])
def test_sentences_do_not_run_across_paragraphs(nlp_models, text, expected):
    from annalist.nlp import analyse

    assert [s.text for s in analyse(Document.from_text(text)).sentences] == expected
