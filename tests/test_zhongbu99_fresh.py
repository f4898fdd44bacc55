"""Round 99 (zhongbu99): county and township news of central China — 防汛, 巡河, 美丽乡村 and 人居环境
reports of county government sites, 融媒体中心 and provincial papers from 河南 (封丘, 兰考, 临颍), 湖北
(通城, 崇阳), 江西 (会昌) and 安徽 (舒城, 怀远) (fresh texts of /tmp/s26/fresh/zhongbu99).  Fixes: the
canal or river a river chief answers for, written before his leveled post (文岩渠市级河长李瑞霞), no
person (and his chain of posts kept); 齐上阵 after 干部 no name; a county bureau before 分管负责同志 (县
水利局分管负责同志) still an agency; 来 of purpose after a measure (276盏太阳能路灯来解决, 保洁员3人来
清理) no part of the counted noun; a site's stamp naming its publisher after 发布 (2021-10-26 发布:中乡网)
still the article's date."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _posts(doc) -> set[tuple[str, str, str]]:
    return {(p, b, post) for p, b, post, _ in held_posts(doc)}


def _indicators(doc) -> dict[str, float]:
    return {m.indicator: m.value for m in doc.metrics}


def test_the_canal_before_a_river_chiefs_post_is_no_person():
    """01-fengqiu-xunhe: 7月12日,新乡市副市长、文岩渠市级河长李瑞霞到封丘县开展文岩渠巡河调研 (base: a
    person 文岩渠 holding 市级河长, 李瑞霞 no post at all).  The canal is the water he answers for; 李瑞霞
    holds both posts.  A name that ends in no water character keeps its post (王明市级河长…)."""
    doc = extract_text("巡河调研\n7月12日,新乡市副市长、文岩渠市级河长李瑞霞到封丘县开展文岩渠巡河调研。")
    assert "文岩渠" not in _names(doc, "Person"), _names(doc, "Person")
    posts = _posts(doc)
    assert {("李瑞霞", "新乡市", "副市长"), ("李瑞霞", "新乡市", "市级河长")} <= posts, posts
    doc = extract_text("巡河\n5月8日,洪河县级河长李明带队巡河。")
    assert "洪河" not in _names(doc, "Person")
    doc = extract_text("巡河\n5月8日,县委副书记、县级河长王明带队巡河。")
    assert any(p == "王明" and post == "县级河长" for p, _, post in _posts(doc)), _posts(doc)


def test_qi_shangzhen_after_cadres_is_no_name():
    """03-linying-fancheng: 繁城回族镇党员干部齐上阵,筑牢防汛安全堤 (base: a person 齐上阵 after the post
    干部).  齐 'all together' and a verb of turning out; 齐建国 after 村干部 stays a name."""
    doc = extract_text("防汛\n繁城回族镇党员干部齐上阵,筑牢防汛安全堤。镇村干部齐出动,清理淤泥。")
    assert not {"齐上阵", "齐出动"} & _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("防汛\n村干部齐建国介绍了情况。")
    assert "齐建国" in _names(doc, "Person")


def test_a_county_bureau_before_its_officer_in_charge():
    """01-fengqiu-xunhe: 副县长杜习敏、市大处、县水利局分管负责同志陪同调研 (base: no agency; 局 before 分
    read as no unit's end).  分管 opens the bureau's officer: the county's bureau; 部分, 处分 stay words."""
    doc = extract_text("巡河调研\n7月12日,新乡市副市长李瑞霞到封丘县开展巡河调研。副县长杜习敏、县水利局分管"
                       "负责同志陪同调研。")
    assert "封丘县水利局" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("调研\n兰考县县长王明到东坝头镇调研。县农业农村局分管领导、县住建局分管副局长张强陪同。")
    assert "兰考县农业农村局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("张强", "兰考县住房和城乡建设局", "副局长") in _posts(doc), _posts(doc)
    doc = extract_text("通报\n对该同志给予警告处分管理。部分管理人员到场。")
    assert not _names(doc, "Agency"), _names(doc, "Agency")


def test_purpose_lai_after_a_measure_is_no_part_of_the_noun():
    """07-shucheng-wuxian: 设立环境卫生公益岗17人、保洁员3人来清理和解决生活垃圾 … 安装276盏太阳能路灯来解决
    群众夜晚难出行的问题 (base: indicators 来清理 and 太阳能路灯来).  来 links the means to its purpose: the
    staff are 保洁员, the lamps 太阳能路灯; 自来水, 外来物种 and 来宾 stay whole."""
    doc = extract_text("美丽乡村\n舒城县五显镇梅山村设立环境卫生公益岗17人、保洁员3人来清理和解决生活垃圾;"
                       "安装276盏太阳能路灯来解决群众夜晚难出行的问题。")
    got = _indicators(doc)
    assert got.get("保洁员") == 3 and got.get("太阳能路灯") == 276, got
    assert not any("来" in k for k in got), got
    got = _indicators(extract_text("供水\n全县新增5000户自来水用户,清除3个外来物种,接待20名来宾。"))
    assert {"自来水用户", "外来物种", "来宾"} <= set(got), got
    # (renshe88 07-donghai-jiancha: 82万余元工资两年来多次讨要未果 — 两年来 'for two years' ends the noun before it)
    got = _indicators(extract_text("讨薪\n县劳动监察大队接到投诉,43名农民工的82万余元工资两年来多次讨要未果。"))
    assert got.get("工资") == 820000, got


def test_a_stamp_naming_its_publisher_after_fabu_dates_the_article():
    """08-huaiyuan-lanqiao: 安徽怀远:兰桥镇从美丽乡村建设入手助力乡村振兴 ⏎ 2021-10-26 09:58  发布:中乡网
    责任编辑:晓东 (base: no date, no title).  The stamp's publisher after 发布 leaves it the date line; a
    sentence opening with a date and 发布: is prose, no date line."""
    doc = extract_text("安徽怀远:兰桥镇从美丽乡村建设入手助力乡村振兴\n2021-10-26 09:58  发布:中乡网  责任编辑:晓东\n"
                       "近年来,安徽省怀远县兰桥镇三举措推进美丽乡村建设民生工程。")
    art = doc.articles[0]
    assert art.date == "2021-10-26" and art.title == "安徽怀远:兰桥镇从美丽乡村建设入手助力乡村振兴", (art.title, art.date)
    doc = extract_text("兰桥镇推进美丽乡村建设\n2021-10-26 发布:中乡网\n近年来,安徽省怀远县兰桥镇推进美丽乡村建设。")
    assert doc.articles[0].date == "2021-10-26"
