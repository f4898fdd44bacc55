"""Round 116 (yiyuan116): hospital and county medical news — free clinics and doctors sent down (商水县 卫生局 义诊,
洞口县人民医院 下乡义诊, 舒城县城关镇卫生院 高血压日, 绵阳市肿瘤医院 送卫生下乡, 新乡市卫健委 高血压日, 舟山市中医院 送医下乡,
得荣县人民医院 送医送药, 北中医三院 桑植 义诊, 怀柔 汤河口镇, 国家卫健委 资源下沉) (fresh texts of /tmp/s27/txt/yiyuan116).
Fixes, base → now:
- a stamp line naming the office or hospital that posted it (`2022-05-19 新乡市卫生健康委员会`, `2019-10-09 健康中国人`)
  is the page's stamp: the headline over it is kept (was title None) and the date read (was None; 05-xinxiang);
- a body a team goes to (来到该县高沙镇中心卫生院, 赴桑植县A卫生院、B卫生院 开展“送医下乡”) hosts the activity and runs
  none of it (was 高沙镇中心卫生院 runs 关爱健康 下乡义诊, 洪家关白族乡卫生院 runs 送医下乡; 02-dongkou, 08-sangzhi);
- 带着 and 前来 after the people counted end their noun (十余位医护人员带着…药品 → 医护人员, was 医护人员带着价值一万余元
  常用药品; 近40位村民前来寻医问药 → 村民; 06-zhoushan, 09-huairou);
- 为 and the people a free clinic serves, with the few words before 为, open the clause before a verb of service
  (活动为群众免费测血压500余人次 → 测血压, 现场免费为群众测量血压 → 测量血压; 05-xinxiang, 03-shucheng);
- a hidden name (张某) with a verb right after its 某 ends there (村民张某坐在… : was Person 张某坐; 06-zhoushan);
- a distance with 之外/以外 after it is where a spot lies, no figure (135.5公里之外: was indicator 之外; 09-huairou);
- a hospital opens with its county: the city written before it is its address (邵阳市|洞口县人民医院组织18名医务人员:
  subject 邵阳市 → 洞口县; 02-dongkou)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _runs(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "runs"}


def test_a_stamp_naming_the_posting_office_keeps_the_headline_and_the_date():
    """05-xinxiang-gaoxueyari (base: title None, date None)."""
    doc = extract_text("我院开展世界高血压日义诊活动\n2022-05-19 新乡市卫生健康委员会\n"
                       "2022 年 5 月 17 日是第 18 个世界高血压日，我院组织多学科专家在内科楼大厅举行义诊活动。")
    assert doc.articles[0].title == "我院开展世界高血压日义诊活动", doc.articles[0].title
    assert doc.articles[0].date == "2022-05-19", doc.articles[0].date


def test_a_stamp_naming_a_site_keeps_the_headline():
    """03-shucheng-gaoxueya (base: title None)."""
    doc = extract_text("舒城县城关镇开展全国高血压日宣传活动\n2019-10-09 健康中国人\n"
                       "安徽省舒城县城关镇联合该镇卫生院，在七里、太平等村开展了宣传活动。")
    assert doc.articles[0].title == "舒城县城关镇开展全国高血压日宣传活动", doc.articles[0].title


def test_guard_a_headline_over_a_paper_stamp_stays():
    """Guard: the paper's stamp (…报) was read already."""
    doc = extract_text("舒城县城关镇开展宣传活动\n2019-10-09 健康报\n安徽省舒城县城关镇联合该镇卫生院开展宣传活动。")
    assert doc.articles[0].title == "舒城县城关镇开展宣传活动" and doc.articles[0].date == "2019-10-09"


def test_the_body_a_team_goes_to_runs_nothing():
    """02-dongkou-xiaxiang, 08-beizhongyi-sangzhi (base: 高沙镇中心卫生院 runs 关爱健康 下乡义诊; 洪家关白族乡卫生院,
    瑞塔铺镇卫生院 run 送医下乡)."""
    doc = extract_text("近日，邵阳市洞口县人民医院组织18名医务人员来到该县高沙镇中心卫生院，开展“关爱健康 下乡义诊”活动。")
    assert not any(s == "高沙镇中心卫生院" for s, _o in _runs(doc)), _runs(doc)
    doc = extract_text("9月20日义诊团队分别赴桑植县洪家关白族乡卫生院、瑞塔铺镇卫生院开展“送医下乡”大型义诊活动。")
    assert not _runs(doc), _runs(doc)


def test_guard_a_body_holding_its_own_activity_runs_it():
    """Guard: a body opening the clause with no verb of going before it still runs what it holds."""
    doc = extract_text("洪家关白族乡卫生院、瑞塔铺镇卫生院开展“送医下乡”大型义诊活动。")
    assert ("洪家关白族乡卫生院", "送医下乡") in _runs(doc), _runs(doc)
    doc = extract_text("县卫健委在县人民医院举办“健康讲堂”活动。")
    assert {s for s, _o in _runs(doc)} == {"县卫生健康委员会"}, _runs(doc)


def test_carrying_and_coming_end_the_noun_of_people_counted():
    """06-zhoushan-zhongyiyuan, 09-huairou (base: 医护人员带着价值一万余元常用药品, 村民前来寻医问药)."""
    got = _metrics(extract_text("送医下乡\n医院十余位医护人员带着价值一万余元常用药品来到村里。"))
    assert got.get(10) == "医护人员", got
    got = _metrics(extract_text("寻医问药\n大雪并未阻挡村民的热情，近40位村民前来寻医问药。"))
    assert got.get(40) == "村民", got


def test_guard_a_noun_opening_with_coming_stays_whole():
    got = _metrics(extract_text("义诊\n当天接待200名前来就诊群众。"))
    assert got.get(200) == "前来就诊群众", got


def test_the_people_served_open_the_clause_before_the_service():
    """05-xinxiang-gaoxueyari, 03-shucheng-gaoxueya (base: 活动为群众免费测血压, 现场免费为群众测量血压)."""
    got = _metrics(extract_text("义诊\n此次义诊活动为群众免费测血压500余人次、提供健康咨询服务600余人次。"))
    assert got.get(500) == "测血压" and got.get(600) == "健康咨询服务", got
    got = _metrics(extract_text("宣传\n现场免费为群众测量血压300余人。"))
    assert got.get(300) == "测量血压", got


def test_guard_recovering_for_people_stays():
    got = _metrics(extract_text("破案\n公安机关摧毁团伙67个，为群众挽回经济损失800余万元。"))
    assert got.get(8000000) == "挽回经济损失", got


def test_a_hidden_name_ends_before_a_verb():
    """06-zhoushan-zhongyiyuan (base: Person 张某坐)."""
    doc = extract_text("送医\n63岁的村民张某坐在针推科主任的诊疗桌前。")
    assert "张某坐" not in _names(doc, "Person"), _names(doc, "Person")


def test_guard_a_hidden_name_keeps_its_last_given_character():
    doc = extract_text("通报\n村支部委员龚某康道。")
    assert "龚某康" in _names(doc, "Person"), _names(doc, "Person")


def test_a_distance_away_is_no_figure():
    """09-huairou-xiaoliangqian (base: indicator 之外, 135.5 公里)."""
    got = _metrics(extract_text("冒雪\n赶到135.5公里之外的服务中心时已是大雪弥漫。"))
    assert 135.5 not in got, got


def test_guard_a_length_built_stays():
    got = _metrics(extract_text("交通\n全年新建道路20公里。"))
    assert got.get(20) == "道路", got


def test_the_city_before_a_county_hospital_is_its_address():
    """02-dongkou-xiaxiang (base: subject 邵阳市)."""
    doc = extract_text("下乡义诊\n邵阳市洞口县人民医院组织18名医务人员开展义诊。")
    subj = {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}
    assert subj.get(18) == "洞口县", subj
