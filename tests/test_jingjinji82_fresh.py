"""Round 82 (jingjinji82): district, town and village news of 北京 (房山, 密云, 朝阳), 天津 (西青, 静海, 蓟州) and
河北 (衡水's 阜城, 武邑, 冀州 周村镇; 张家口's 蔚县 西合营镇; 沧州; 邢台) from fresh texts of /tmp/s26/fresh/jingjinji82.
Fixes: a village whose name opens with a city's short name (东营子村, not 东营 + 子村); a count of townships
written in words (蒲洼乡三乡镇: three townships, not 中山市's 三乡镇); a bare 政府 before a head's post
(政府县长付中权 in a town's story: the county's head, not the town government's); the means a place acted
by (等多种方式招引…) no word of the indicator; a firm naming one item of a listed run closed by the count
(…公司项目落地建设、…3个项目) no subject of the count; a people's congress inspecting a programme runs none of
its later writings (视察…“千万工程”…代表们认为,“千万工程”…); and a line closed by an ellipsis typed as full
stops (开赛......) ends its sentence."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _posts(doc) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations if r.predicate == "holdsPost"}


def _metrics(doc) -> set[tuple[str | None, str, float]]:
    ents = doc.entities
    return {(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value) for m in doc.metrics}


def test_a_village_opening_with_a_city_s_short_name_is_one_village():
    """03-miyun-renda (北京人大网): 代表们先后到溪翁庄镇小镇驿站、东营子村斯湾农场 (base: the city 东营市 and a
    village 子村 of it)."""
    doc = extract_text("密云区人大常委会视察乡村振兴示范片区\n7月17日,密云区人大常委会组织部分人大代表视察。"
                       "代表们先后到溪翁庄镇小镇驿站、东营子村斯湾农场、尖岩村,视察小镇驿站运营发展情况。")
    places = _places(doc)
    assert "东营子村" in places and "东营市" not in places and "子村" not in places, places
    city = extract_text("东营市推进乡村振兴\n东营市委书记到东营区调研,东营村村民代表参加。")
    assert "东营市" in _places(city), _places(city)


def test_a_count_of_townships_in_words_is_no_township():
    """02-fangshan-sanxiang (房山区): 十渡镇、霞云岭乡、蒲洼乡三乡镇空间毗连交错…通过三乡镇整体规划 (base: a
    Place 三乡镇, 中山市's town, part of 房山区)."""
    doc = extract_text("房山区调研“三乡联动”工作\n4月2日,房山区委书记陈清深入十渡、霞云岭、蒲洼三个乡镇调研。"
                       "十渡镇、霞云岭乡、蒲洼乡三乡镇空间毗连交错,具备联动发展的基础。房山区通过三乡镇整体规划,推动联动发展。")
    places = _places(doc)
    assert "三乡镇" not in places, places
    assert {"十渡镇", "蒲洼乡"} <= places, places
    zs = extract_text("中山市三乡镇举办招商会\n中山市三乡镇日前举办招商推介会,签约项目12个。")
    assert "三乡镇" in _places(zs), _places(zs)


def test_a_bare_government_before_a_county_head_is_the_county_s():
    """09-yuxian-xiheying (蔚县): 政府县长付中权到西合营镇调研。县政府办公室…参加 (base: 付中权 holds his post
    in 西合营镇人民政府, the town's government read from the bare 政府)."""
    doc = extract_text("5月5日上午,政府县长付中权到西合营镇调研。县政府办公室及西合营镇相关负责人参加。"
                       "付中权一行先后来西合营镇南大坪村、海子洼村调研。")
    posts = _posts(doc)
    assert ("付中权", "蔚县") in posts, posts
    assert not any(o.startswith("西合营镇") for _p, o in posts), posts
    town = extract_text("5月6日,镇长王强到西合营镇南大坪村调研。")
    assert not any(o == "蔚县" for _p, o in _posts(town)), _posts(town)


def test_the_means_listed_before_a_count_are_no_part_of_its_indicator():
    """07-jizhou-zhoucun (长城网, 衡水冀州区周村镇): 该镇通过以商招商、会展招商等多种方式招引5000万元以上项目6个
    (base: the indicator 多种方式招引5000万元以上项目)."""
    doc = extract_text("周村镇力促镇域经济发展\n今年以来,冀州区周村镇狠抓项目建设。截止目前,该镇通过以商招商、"
                       "会展招商等多种方式招引5000万元以上项目6个。")
    got = {i for _s, i, v in _metrics(doc) if v == 6}
    assert got == {"招引5000万元以上项目"}, got


def test_a_firm_naming_one_listed_project_is_no_subject_of_their_count():
    """07-jizhou-zhoucun: 其中,河北力维素科技有限公司项目落地建设、河北兴宇科技、北京和昌赛力、河北龙马胶辊3个项目
    成功签约 (base: the count 3个项目 the firm's)."""
    doc = extract_text("周村镇力促镇域经济发展\n今年以来,冀州区周村镇狠抓项目建设。其中,河北力维素科技有限公司项目落地建设、"
                       "河北兴宇科技、北京和昌赛力、河北龙马胶辊3个项目成功签约。")
    got = {s for s, i, v in _metrics(doc) if v == 3}
    assert "河北力维素科技有限公司" not in got, got
    own = extract_text("公司扩产\n河北力维素科技有限公司今年新上生产线3条。")
    assert ("河北力维素科技有限公司", "新上生产线", 3) in _metrics(own), _metrics(own)


def _runs(doc) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations if r.predicate == "runs"}


def test_a_congress_inspecting_a_programme_runs_none_named_again():
    """03-miyun-renda: 密云区人大常委会组织部分人大代表视察区政府学习运用“千万工程”经验…。代表们认为,“千万工程”
    为全面推进乡村振兴提供了宝贵的经验 (base: 密云区人大常委会 runs 千万工程, read from the second writing)."""
    doc = extract_text("密云区人大常委会视察乡村振兴工作\n7月17日,密云区人大常委会组织部分人大代表视察区政府学习运用“千万工程”"
                       "经验情况。代表们认为,“千万工程”为全面推进乡村振兴提供了宝贵的经验借鉴。")
    assert not any(p == "千万工程" for _a, p in _runs(doc)), _runs(doc)


def test_a_line_closed_by_a_typed_ellipsis_ends_its_sentence():
    """11-jizhou-xiaying (蓟州区下营镇): …全国村BA东北赛区大区赛在下营开赛......⏎年接待游客500万人次,旅游直接收入6.5亿元
    (base: the line run into the next one, the indicator 村BA东北赛区大区赛在下营开赛......年接待游客, of 常州村)."""
    doc = extract_text("下营镇乡村游火爆\n天津市蓟州区下营镇发展乡村游:2023年,常州村挂牌天津首个全国地质文化村、全国村BA东北赛区大区赛在下营开赛......\n"
                       "年接待游客500万人次,旅游直接收入6.5亿元,三省交界处的津门小镇频频“出圈”。")
    got = {(s, i) for s, i, v in _metrics(doc) if v == 5000000}
    assert got == {("下营镇", "年接待游客")}, got
