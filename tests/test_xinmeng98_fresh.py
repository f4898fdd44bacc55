"""Round 98 (xinmeng98): county news from 新疆 and 内蒙古 — banner and 苏木/嘎查 reports (乌盖苏木 of 乌拉特后旗,
扎格斯台苏木 of 正蓝旗, 乌拉特后旗人大常委会's 乡村振兴 survey) and Xinjiang county and village stories (和硕县
乃仁克尔乡's spring 转场, 昌吉市榆树沟村's cooperative, 阿瓦提县's 访惠聚 team, 策勒县巴什玉吉买村, 尉犁县达西村)
from government sites, 人民网新疆频道 and 中国民族报 (fresh texts of /tmp/s26/fresh/xinmeng98).  Fixes: a
Uyghur name of two parts joined by · right after a word that says a person (村民赛买提·莫合买提入股了33亩地)
is a person though no post names it; 思 沁 高 are syllables of Mongolian names (旗人大常委会主任思沁高娃); a
quote trailing off in an ellipsis is a line said, no programme; 三支渠 is a numbered branch canal, no count
of 3 支; a livestock count's second unit in brackets (3000余头（只）牛羊) is the figure's, the noun after it
what is counted."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_dotted_name_after_villager_is_a_person():
    """05-changji-yushugou: 村民赛买提·莫合买提入股了33亩地，家里还圈养了100头育肥羊 (base: no person, the
    figure's indicator 村民赛买提·莫合买提入股).  The word before (村民, 牧民) vouches for a person, so a part may
    hold two characters outside the transliteration table (合, 买); a place pair written with · (阿勒泰·布尔津)
    after such a word stays two places, and a clause (走进天山·…) no person."""
    doc = extract_text("昌吉市乡村振兴\n最近，榆树沟村喜气洋洋。村民赛买提·莫合买提入股了33亩地，家里还圈养了100头育肥羊。")
    assert "赛买提·莫合买提" in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("种植\n村民艾合买提·托合提带头种植了20亩大棚。")
    assert "艾合买提·托合提" in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("入股\n群众阿勒泰·布尔津入股。")
    assert not _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("参观\n村民走进天山·阿勒泰参观。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_a_mongolian_name_with_gaowa_after_a_post():
    """03-wulatehouqi-renda: 7月31日，旗人大常委会主任思沁高娃带领调研组围绕全旗乡村振兴工作开展专题调研
    (base: no person, no holder).  A family name 高 opening a Chinese name after a post stays read as before."""
    doc = extract_text("乌拉特后旗人大常委会开展乡村振兴工作专题调研\n"
                       "7月31日，乌拉特后旗人大常委会主任思沁高娃带领调研组围绕全旗乡村振兴工作开展专题调研。")
    assert ("思沁高娃", "乌拉特后旗人大常委会", "主任", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("会议\n苏木党委书记萨仁高娃主持会议。")
    assert "萨仁高娃" in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("会议\n县农牧局局长高建华主持会议。")
    assert "高建华" in _names(doc, "Person"), _names(doc, "Person")


def test_a_quote_trailing_off_is_no_programme():
    """07-cele-bashiyujimai: “难以想象这是南疆偏远地区的一个普通村庄……”这是记者到和田地区策勒县策勒乡巴什玉吉买村
    采访拍摄时发出的感叹 (base: a programme 难以想象这是…村庄……, implemented in the village).  A quoted topic
    opening a paragraph with no ellipsis is still a programme."""
    doc = extract_text("昆仑山下连理枝\n“难以想象这是南疆偏远地区的一个普通村庄……”这是记者到和田地区策勒县策勒乡"
                       "巴什玉吉买村采访拍摄时发出的感叹。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("行动\n“百日攻坚”行动开展以来，成效明显。")
    assert "百日攻坚" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_numbered_branch_canal_is_no_count():
    """03-wulatehouqi-renda: 调研组深入三支渠万亩果蔬育苗基地续建项目、团结村饲料加工厂等地进行实地参观 (base: a
    figure 3 支 of 渠万亩果蔬育苗基地续建项目).  Teams counted by 支 and canals counted by 条 keep their figures."""
    doc = extract_text("调研\n调研组深入三支渠万亩果蔬育苗基地续建项目、团结村饲料加工厂等地进行实地参观。")
    assert not any(u == "支" for _i, _v, u in _metrics(doc)), _metrics(doc)
    doc = extract_text("巡查\n全镇组建三支队伍开展巡查。")
    assert ("队伍", 3, "支") in _metrics(doc), _metrics(doc)
    doc = extract_text("水利\n今年新建支渠3条、斗渠12条。")
    assert ("支渠", 3, "条") in _metrics(doc), _metrics(doc)


def test_a_livestock_counts_second_unit_in_brackets():
    """04-heshuo-zhuanchang: 3月19日一大早，新疆和硕县乃仁克尔乡牧民和乡干部便赶着3000余头（只）牛羊从冬季牧场出发了
    (base: indicator 新疆和硕县乃仁克尔乡牧民和乡干部便赶着, the clause before the figure).  The bracketed 只 is the
    figure's second unit, the noun after it what is counted; a label before the figure (牲畜50000余头（只）) stays."""
    doc = extract_text("转场\n3月19日一大早，和硕县乃仁克尔乡牧民和乡干部便赶着3000余头（只）牛羊从冬季牧场出发了。")
    assert ("牛羊", 3000, "头") in _metrics(doc), _metrics(doc)
    doc = extract_text("转场\n乃仁克尔乡冬窝子共有牛、羊、马等牲畜50000余头（只），转场最远距离200公里。")
    assert ("牲畜", 50000, "头") in _metrics(doc), _metrics(doc)


def test_learning_of_something_ends_a_name():
    """04-heshuo-zhuanchang: 在走访入户中，乡干部巴音克西克得知这一情况后，主动提出了要协助包联户布日古代完成转场
    (base: the person 巴音克, cut short).  得知 after a name ends it; 记者得知 and 群众得知 name no person."""
    doc = extract_text("转场\n在走访入户中，乡干部巴音克西克得知这一情况后，主动提出了要协助完成转场。")
    assert _names(doc, "Person") == {"巴音克西克"}, _names(doc, "Person")
    doc = extract_text("脱贫\n记者得知，该村已脱贫。群众得知消息后纷纷点赞。")
    assert not _names(doc, "Person"), _names(doc, "Person")
