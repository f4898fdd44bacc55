"""Round 108 (baipishu108): national white papers and State Council Information Office texts — the opening of
《新时代的中国与世界》 (2019), 国家统计局's 党的十八大以来 review of China's place in the world, the press
conference on the 共建“一带一路” white paper and 外交部's briefing on it, 国新办's news conferences and reception
(2008, 2010), and two conferences on forest cover (2019, 2024) (fresh texts of /tmp/s27/txt/baipishu108).
Fixes: 近N年来 (近20年来, 近十年来) one span up to the publication, as N年来 is (its 来 was left opening the
indicator: 来我国新增植被覆盖面积…); 人民币 right after a magnitude the yuan (5亿人民币 was 5亿 persons counting
民币) and 人民 after a count of people the people counted (近14亿人民 → 人民, was 民摆脱了物质短缺); 签署 ends a
counted noun as 签订 does, and a noun ending in 组织 (国际组织, 社会组织) keeps it when the verbs before a done one
are cut off (30多个国际组织签署了… → 国际组织, was 国际); a percentage written between a yardstick verb and
的平均水平 (高于世界同期2.5%的平均水平) the yardstick's own value, no share of the subject."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _by_value(doc, value) -> list:
    return [m for m in doc.metrics if m.value == value]


def test_recent_years_since_is_one_span():
    """07-senlin-fabuhui: 近20年来我国新增植被覆盖面积约占全球新增总量的25%; base: indicator
    来我国新增植被覆盖面积约占全球新增总量 and no period (近20年 read, its 来 left over)."""
    doc = extract_text("森林\n2019年9月29日，近20年来我国新增植被覆盖面积约占全球新增总量的25%。")
    [m] = _by_value(doc, 25)
    assert not m.indicator.startswith("来"), m.indicator
    assert m.period == "1999/2018", m.period
    doc = extract_text("造林\n2019年9月29日，近十年来全县新增造林面积12万亩。")
    [m] = _by_value(doc, 120000)
    assert not m.indicator.startswith("来"), m.indicator
    assert m.period == "2009/2018", m.period


def test_years_since_without_recent_unchanged():
    """Guard: 5年来 and 近5年 (no 来) keep their span as before."""
    doc = extract_text("造林\n2019年9月29日，5年来全县新增造林面积12万亩。")
    [m] = _by_value(doc, 120000)
    assert m.indicator == "造林面积" and m.period == "2014/2018", (m.indicator, m.period)
    doc = extract_text("造林\n2019年9月29日，近5年全县新增造林面积12万亩。")
    [m] = _by_value(doc, 120000)
    assert m.period == "2014/2018", m.period


def test_renminbi_after_a_magnitude_is_money():
    """投资5亿人民币: base read 5亿 persons (人) counting 民币."""
    doc = extract_text("投资\n2020年，该项目投资5亿人民币。")
    got = _metrics(doc)
    assert ("投资", 500000000, "元") in got, got
    assert not any(m.unit == "人" for m in doc.metrics), got


def test_renminbi_written_after_yuan_unchanged():
    """Guard: 5亿元人民币 stays 元."""
    doc = extract_text("投资\n2020年，该项目投资5亿元人民币。")
    assert ("投资", 500000000, "元") in _metrics(doc)


def test_people_counted_by_their_first_character():
    """01-shijie-baipishu: 近14亿人民摆脱了物质短缺; base: indicator 民摆脱了物质短缺 (人 the unit, 民… the rest)."""
    doc = extract_text("发展\n2019年9月27日，中国经济总量跃居世界第二，近14亿人民摆脱了物质短缺。")
    [m] = _by_value(doc, 1400000000)
    assert (m.indicator, m.unit) == ("人民", "人"), (m.indicator, m.unit)
    doc = extract_text("创建\n2020年，全县30万人民群众参与创建。")
    [m] = _by_value(doc, 300000)
    assert m.indicator == "人民群众", m.indicator


def test_people_unit_before_other_nouns_unchanged():
    """Guard: 人口 and a noun after a unit of people that is no 人民 keep their reading."""
    doc = extract_text("人口\n2020年，中国14亿人口全面建成小康社会。")
    [m] = _by_value(doc, 1400000000)
    assert m.indicator == "人口", m.indicator
    doc = extract_text("队伍\n2020年，全市共有民警500人，民辅警300人。")
    assert ("民警", 500, "人") in _metrics(doc)


def test_international_organisations_signing_counted():
    """03-yidaiyilu-baipishu and 04-waijiaobu-yidaiyilu: 150多个国家、30多个国际组织签署(了)…合作文件; base:
    国际 (组织 cut off as a verb before 签署了) and 国际组织签署共建 (签署 no cut word)."""
    doc = extract_text("合作\n中国与五大洲150多个国家、30多个国际组织签署了200多份共建“一带一路”合作文件。")
    assert ("国际组织", 30, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("合作\n2024年，中国与150多个国家、30多个国际组织签署共建“一带一路”合作文件。")
    assert ("国际组织", 30, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("活动\n2023年，全县120个社会组织签署了服务承诺书。")
    assert ("社会组织", 120, "个") in _metrics(doc), _metrics(doc)


def test_signing_and_organising_guards():
    """Guard: a division before the done verb is still cut to the division; a noun opening with 签署 keeps it."""
    doc = extract_text("活动\n2023年，全县12个村签署了协议。")
    assert ("村", 12, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("活动\n2023年，全县120个社会组织走访慰问了困难群众。")
    assert ("社会组织", 120, "个") in _metrics(doc), _metrics(doc)


def test_yardstick_value_written_before_its_level():
    """02-tongjiju-shibada: 我国经济年均增长率为7.2%，明显高于世界同期2.5%的平均水平，也高于发展中经济体4.0%的
    平均水平; base: two shares of China named 平均水平 (the world's and the developing economies' rates)."""
    doc = extract_text("经济\n2013-2016年，我国经济年均增长率为7.2%，明显高于世界同期2.5%的平均水平，"
                       "也高于发展中经济体4.0%的平均水平。")
    got = _metrics(doc)
    assert ("经济年均增长率", 7.2, "%") in got, got
    assert not _by_value(doc, 2.5) and not _by_value(doc, 4), got
    doc = extract_text("收入\n2016年，全县居民人均可支配收入增长8.2%，高于全省7.5%的平均水平。")
    assert not _by_value(doc, 7.5), _metrics(doc)


def test_yardstick_level_stated_is_kept():
    """Guard: the whole's level stated with 为 stays a figure; a share after 超过 with no yardstick stays."""
    doc = extract_text("收入\n2016年，全县居民人均可支配收入增长8.2%，全省平均水平为7.5%。")
    assert _by_value(doc, 7.5), _metrics(doc)
    doc = extract_text("经济\n2016年，全县有超过60%的村达到全省平均水平。")
    assert _by_value(doc, 60), _metrics(doc)
