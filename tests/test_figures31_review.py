"""Review of round 15: a survey team named as the source in the sentence before gives its province
the next sentence's figures — but not a sentence that names an agency of its own as the source
(国家统计局公布，10月份居民消费价格…: China's CPI)."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _subjects(text: str) -> list[str]:
    doc = _FULL(text_doc(text))
    return [doc.entities[m.subject].name if m.subject in doc.entities else None for m in doc.metrics]


def test_a_sentence_with_its_own_source_keeps_it():
    assert _subjects("江西新闻\n国家统计局江西调查总队发布数据。国家统计局公布，10月份居民消费价格同比上涨0.2%。") == ["中国"]


def test_the_team_in_the_sentence_before_still_counts():
    assert _subjects("本报南昌电 国家统计局江西调查总队发布数据。10月份全省居民消费价格同比上涨0.3%。") == ["江西省"]
