"""Round 112 (zhiyuan): volunteer services and 新时代文明实践 news — 修文县's 学雷锋 launch (Guizhou), 镇靖镇's
学雷锋 month (Shaanxi), 泾源县's volunteer system (Ningxia), 吴店镇's practice stations (Shandong), 固城街道's
practice institute (Jiangsu) and 青县's volunteer fairs (Hebei) (fresh texts of /tmp/s27/txt/zhiyuan112).
Fixes: an adverb of manner before 开展 (广泛开展各类新时代文明实践活动1100余场次, 深入开展…, 常态化开展…)
opens the clause as 开展 alone does, no word of the indicator; a demonstrative of kind right after a
count's measure word (参加8、9次这样的志愿服务活动) is stepped over, the noun after it is what is counted
(was the indicator 这样); a village named at a clause's start right before its practice station
(漕塘村新时代文明实践站持续深化…) a village, so the station an organisation of it."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_adverb_before_kaizhan_is_no_word_of_the_indicator():
    """06-qingxian-daji: 近年来,青县创新方法和形式,广泛开展各类新时代文明实践活动1100余场次; base: the
    indicator 广泛开展各类新时代文明实践活动."""
    doc = extract_text("青县开展志愿服务大集\n近年来,青县创新方法和形式,广泛开展各类新时代文明实践活动1100余场次,"
                       "受益群众13万人次。")
    got = _metrics(doc)
    assert ("各类新时代文明实践活动", 1100, "场次") in got, got
    assert ("受益群众", 130000, "人次") in got, got


def test_other_adverbs_before_kaizhan():
    """The same with 深入, 常态化 and 累计 (a township's and a county's yearly round-up)."""
    got = _metrics(extract_text("今年以来,该镇深入开展理论宣讲活动120余场次。"))
    assert ("理论宣讲活动", 120, "场次") in got, got
    got = _metrics(extract_text("今年以来,全县常态化开展志愿服务活动3000余场。"))
    assert ("志愿服务活动", 3000, "场") in got, got
    got = _metrics(extract_text("截至目前,全县累计开展文明实践活动5600场次。"))
    assert ("文明实践活动", 5600, "场次") in got, got


def test_plain_kaizhan_and_its_noun_stay_as_before():
    """Guard: 开展 alone and a noun holding 开展 later on are read as before."""
    got = _metrics(extract_text("今年以来,吴店镇开展各类活动1000余次。"))
    assert ("各类活动", 1000, "次") in got, got


def test_such_after_a_count_is_no_noun():
    """01-xiuwen-xueleifeng: 我已经参加8、9次这样的志愿服务活动了; base: the indicator 这样."""
    doc = extract_text("修文县启动学雷锋活动\n西部计划志愿者徐培焱说:“去年7月到现在,我已经参加8、9次这样的志愿服务活动了。”")
    inds = {m.indicator for m in doc.metrics}
    assert "这样" not in inds, inds
    got = _metrics(extract_text("全县已建成3个这种示范基地。"))
    assert ("示范基地", 3, "个") in got, got


def test_such_after_a_bare_amount_is_left_alone():
    """Guard (jianghua108): 两年投资4万亿这样的机遇 — no measure word, 这样的 points at the amount; the noun after it
    (机遇) is no indicator of it."""
    inds = {m.indicator for m in extract_text("讲话\n目的就是抓住国家扩大内需,两年投资4万亿这样的机遇,谋求我们的发展。").metrics}
    assert "机遇" not in inds, inds


def test_a_plain_count_noun_stays():
    """Guard: a count with its noun right after the measure (15支志愿服务队伍, 50余名志愿者) is read as before."""
    doc = extract_text("修文县启动学雷锋活动\n来自县各单位的15支志愿服务队伍共50余名志愿者参与到本次志愿服务活动中。")
    got = _metrics(doc)
    assert ("志愿服务队伍", 15, "支") in got, got


def test_village_practice_station_is_an_organisation_of_the_village():
    """05-gucheng-shijiansuo: 在街道党工委领导下,漕塘村新时代文明实践站自2019年成立以来…; base: neither the
    village nor its station."""
    doc = extract_text("固城街道新时代文明实践所\n在街道党工委领导下,漕塘村新时代文明实践站自2019年成立以来重点围绕"
                       "坚持党建引领、强化阵地建设。")
    assert "漕塘村新时代文明实践站" in _names(doc, "Organization"), _names(doc, "Organization")
    assert "漕塘村" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("志愿服务\n近日,李家湾村文明实践站开展志愿服务活动。")
    assert "李家湾村文明实践站" in _names(doc, "Organization"), _names(doc, "Organization")


def test_kinds_of_village_before_a_station_are_no_village():
    """Guard: a kind, a count or a demonstrative before 村 names no village (各村, 行政村, 该村, 本村, 农村, 示范村)."""
    for text in ("目前,各村新时代文明实践站开展活动。", "全镇40个行政村新时代文明实践站全部建成。",
                 "该村新时代文明实践站开展活动。", "本村新时代文明实践站开展活动。",
                 "农村新时代文明实践站建设稳步推进。", "示范村文明实践站开展活动。", "贫困村新时代文明实践站建设。"):
        doc = extract_text(text)
        assert not _names(doc, "Organization"), (text, _names(doc, "Organization"))
        assert not any(n.endswith("村") for n in _names(doc, "Place")), (text, _names(doc, "Place"))
