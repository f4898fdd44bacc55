"""Round 81 (election81): elections and 换届 news from fresh texts of /tmp/s26/fresh/election81 (村(社区)“两委”
换届 results of 潼关县, 桐城 文昌街道, 肥西 柿树岗乡 and 江西省; township people's congresses electing 镇长;
a national 村委会 election round-up).  Fixes: a group's mean age in 岁 (两委成员平均年龄44.9岁) is a figure, as
a life expectancy is; an age band whose number was read as an age of its own (35岁以下占比14.1%, 35周岁以下40人)
names the figure with its number; a share in 成 before the generic 村(社区) (江西七成村(社区)书记) is no village; a
share moved against a basis right after a count (女性干部41人,占比较上一届提高16%) is that count's; a verb of handing over
(向陈冬玲颁发镇人大副主席当选证书) opens no town's name; a mean age's change against the last term (平均年龄44.9岁,
比上届下降5.1岁) is a figure, and 相比上年 compares as 比上年 does; people counted with the vote's standing before
their noun (2750多万名依法登记的选民) are those people."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_group_s_mean_age_is_a_figure():
    """01-tongguan-liangwei (陕西潼关县), 02-tongcheng-wenchang: 选举产生村(社区)“两委”成员320人,平均年龄44.9岁
    (base: no figure, 岁 read as one person's age)."""
    doc = extract_text("潼关县完成村社区“两委”换届\n近日,潼关县28个村(社区)“两委”换届选举工作全部完成。"
                       "选举产生村(社区)“两委”成员320人,平均年龄44.9岁,比上届下降5.1岁。")
    got = _metrics(doc)
    assert any(ind.endswith("平均年龄") and v == 44.9 and u == "岁" for ind, v, u in got), got
    # the negative: one person's age (王晓江,今年46岁) and a group's band (60岁以上老人) are no mean age
    other = extract_text("某县召开会议\n某县村党支部书记王晓江,今年46岁。全村60岁以上老人120人。")
    assert not any("平均年龄" in ind or (v == 60 and u == "岁") for ind, v, u in _metrics(other)), _metrics(other)


def test_an_age_band_cut_by_its_number_names_the_figure():
    """08-jiangxi-huanjie (江西), 03-feixi-shishugang (安徽肥西): 平均年龄44.96岁,35岁以下占比14.1%,60岁以上占比3.2%;
    35周岁以下40人 (base: indicators 以下占比, 以上占比, 岁以下)."""
    doc = extract_text("江西村“两委”换届完成\n江西省村(社区)“两委”成员中,35岁以下占比14.1%,60岁以上占比3.2%。"
                       "全乡共选举产生村委会成员77人,35周岁以下40人。")
    got = _metrics(doc)
    assert ("35岁以下占比", 14.1, "%") in got and ("60岁以上占比", 3.2, "%") in got, got
    assert ("35周岁以下", 40, "人") in got, got


def test_a_share_of_villages_in_cheng_is_no_village():
    """08-jiangxi-huanjie: 江西七成村(社区)书记高中以上学历 (base: a Place 七成村 in 江西省 taking the figures)."""
    doc = extract_text("江西七成村(社区)书记高中以上学历\n江西省有2750多万名依法登记的选民,参与面达87.2%。")
    assert "七成村" not in _places(doc), _places(doc)
    # the negative: a village's own name chained after the province (江西省七星村(社区)) stays a village
    named = extract_text("江西村级换届\n江西省七星村(社区)完成换届选举。")
    assert "七星村" in _places(named), _places(named)


def test_a_share_moved_after_a_count_is_the_count_s():
    """03-feixi-shishugang (安徽肥西 柿树岗乡): 女性干部41人,占比较上一届提高16% (base: the indicator 占比较上一届提高,
    whose share it is lost); after a rate (出口增长13.8%,高于整体出口8.9个百分点,占比较去年同期提高…) the share
    stays the level's own."""
    doc = extract_text("柿树岗乡完成村委会换届\n全乡共选举产生村委会成员77人,女性干部41人,占比较上一届提高16%;"
                       "大专及以上学历66人,占比较上一届提高45%。")
    got = _metrics(doc)
    assert ("女性干部占比较上一届提高", 16, "%") in got and ("大专及以上学历占比较上一届提高", 45, "%") in got, got
    rate = extract_text("商务部发布外贸数据\n中西部地区出口增长13.8%,高于整体出口8.9个百分点,占比较去年同期提高1.4个百分点至18.1%。")
    assert not any(ind.startswith("中西部地区出口增长") and "占比" in ind for ind, _v, _u in _metrics(rate)), \
        _metrics(rate)


def test_a_verb_of_handing_over_opens_no_town():
    """05-xinhui-gujing (广东 古井镇): 镇委书记张亮驰向陈冬玲颁发镇人大副主席当选证书 (base: a Place 玲颁发镇 and an
    Agency 玲颁发镇人大, which also kept the bare 镇人大 from the article's town)."""
    doc = extract_text("古井镇召开人代会\n古井镇召开第十五届人民代表大会第一次会议。镇委书记张亮驰向陈冬玲颁发镇人大副主席当选证书。")
    assert not any("颁发" in p for p in _places(doc)), _places(doc)
    assert not any("颁发" in e.name for e in doc.entities.values()), [e.name for e in doc.entities.values()]


def test_a_mean_age_s_change_against_the_last_term():
    """01-tongguan-liangwei, 03-feixi-shishugang: 平均年龄44.9岁,比上届下降5.1岁; 平均年龄35.2岁,相比上一届降低7岁
    (base: no change, 岁 read as a person's age; and 相比上年增长 read as a change of nothing before)."""
    doc = extract_text("某县完成村“两委”换届\n选举产生村“两委”成员320人,平均年龄44.9岁,比上届下降5.1岁。")
    assert ("平均年龄比上届下降", 5.1, "岁") in _metrics(doc), _metrics(doc)
    other = extract_text("某乡完成村委会换届\n全乡共选举产生村委会成员77人,平均年龄35.2岁,相比上一届降低7岁。")
    assert ("平均年龄相比上一届降低", 7, "岁") in _metrics(other), _metrics(other)
    grain = extract_text("某县粮食丰收\n全县粮食产量50万吨,相比上年增长5万吨。")
    assert ("粮食产量相比上年增长", 50000, "吨") in _metrics(grain), _metrics(grain)


def test_people_counted_by_their_vote_s_standing():
    """08-jiangxi-huanjie (江西): 江西省有2750多万名依法登记的选民 (base: the indicator 依法登记, the voters lost);
    the same with 新当选的 before the people counted."""
    doc = extract_text("江西换届\n江西省有2750多万名依法登记的选民,有2400多万人参加了提名。")
    assert ("依法登记的选民", 27500000, "名") in _metrics(doc), _metrics(doc)
    other = extract_text("某县换届\n全县有320名新当选的村干部参加培训。")
    assert ("新当选的村干部", 320, "名") in _metrics(other), _metrics(other)
