"""Programmes and relations in joint notices, campaigns, pairings and agreements (relations35).
Each test is a short excerpt of a fresh government text (county notice, township campaign, county
pairing, foreign-affairs MoU) and the facts it must, and must not, give."""
from __future__ import annotations

from conftest import programmes_in, relations_of

_NOTICE = ("根据财政部等11部门《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》(财农〔2021〕22号)、"
           "陕西省财政厅等11部门《关于印发〈过渡期脱贫县统筹整合使用财政涉农资金工作实施细则〉的通知》"
           "(陕财办农〔2021〕38号)等文件精神，现将《汉阴县过渡期统筹整合使用财政涉农资金管理办法》印发给你们。")


def test_a_quoted_notice_issuing_a_document_names_the_document():
    """《关于印发〈X实施细则〉的通知》: the notice only wraps the document it issues; the programme is
    the 实施细则 (no 关于印发…的通知 debris), and its issuer runs it.  A notice whose own title is
    the document (《关于继续支持…工作的通知》) stays whole."""
    progs = programmes_in(_NOTICE)
    assert "过渡期脱贫县统筹整合使用财政涉农资金工作实施细则" in progs, progs
    assert not any(p.startswith("关于印发") for p in progs), progs
    assert "关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知" in progs, progs
    runs = relations_of(_NOTICE, "runs")
    assert ("陕西省财政厅", "过渡期脱贫县统筹整合使用财政涉农资金工作实施细则") in runs, runs


def test_an_ascii_bracketed_inner_title_is_the_document_too():
    """A page that lost the 〈〉 writes 《关于印发<X>的通知》: the same document X."""
    text = "根据陕西省财政厅等11部门《关于印发<过渡期脱贫县统筹整合使用财政涉农资金工作实施细则>的通知》精神。"
    progs = programmes_in(text)
    assert "过渡期脱贫县统筹整合使用财政涉农资金工作实施细则" in progs, progs
    assert not any("<" in p for p in progs), progs


def test_a_campaign_written_with_a_bullet_dot_is_the_same_campaign():
    """扫黄打非•护苗2023 (a bullet typed for the interpunct) in a township's headline and
    扫黄打非·护苗2023 in its body are one campaign, not two."""
    text = ("扬溪镇:开展暑期“扫黄打非•护苗2023”专项行动\n"
            "7月27日，扬溪镇“扫黄打非”工作站在镇村开展暑期“扫黄打非·护苗2023”专项行动。")
    progs = programmes_in(text)
    assert "扫黄打非·护苗2023" in progs, progs
    assert "扫黄打非•护苗2023" not in progs, progs


def test_two_places_listed_before_signing_a_pairing_cooperate():
    """孝义市、石楼县于2006年签订“结对帮扶”协议: the two, and only two, places 、-listed at the
    clause's start are the sides of the pairing.  A list doing something together (…建立了产业园)
    is no tie; A、B分别与C签订: the ties are with C; three places listed are no pair."""
    text = "孝义市、石楼县于2006年签订“结对帮扶”协议，在吕梁市首开富县和贫县结对带动之先河。"
    pairs = relations_of(text, "cooperatesWith")
    assert ("孝义市", "石楼县") in pairs or ("石楼县", "孝义市") in pairs, pairs
    for text in ("孝义市、石楼县分别与吕梁市签订协议。", "孝义市、石楼县建立了产业园。",
                 "孝义市、石楼县、汾阳市签订协议。"):
        pairs = relations_of(text, "cooperatesWith")
        assert ("孝义市", "石楼县") not in pairs and ("石楼县", "孝义市") not in pairs, (text, pairs)


def test_a_body_before_its_building_is_the_venue_not_the_runner():
    """在纽约联合国总部举行的《…谅解备忘录》签署仪式: the UN's headquarters is where it is signed;
    the UN does not run the memorandum."""
    text = ("9月22日，外交部长王毅出席在纽约联合国总部举行的《中华人民共和国外交部和联合国经济和社会事务部"
            "关于一带一路倡议的谅解备忘录》签署仪式。")
    runs = relations_of(text, "runs")
    assert not any(s == "联合国" for s, _ in runs), runs


def test_signing_a_memorandum_about_a_programme_runs_not_the_programme():
    """外交部和联合国经社事务部签署关于“一带一路”倡议的谅解备忘录: they sign a memorandum about the
    Belt and Road; they cooperate, and run not 一带一路."""
    text = "外交部和联合国经社事务部签署关于“一带一路”倡议的谅解备忘录。"
    runs = relations_of(text, "runs")
    assert not any(o == "一带一路" for _, o in runs), runs
    coop = relations_of(text, "cooperatesWith")
    assert ("外交部", "联合国经社事务部") in coop, coop


def test_a_notice_reposted_above_its_addressees_is_a_document_of_both_issuers():
    """A story reposting a joint notice: its title line (two ministries, then 关于…的通知) right
    above the line of its addressees is that notice, run by both issuers."""
    text = ("2022年100个国家乡村振兴示范县创建名单正式公布\n"
            "10月14日，据国家乡村振兴局网站消息，2022年国家乡村振兴示范县创建名单公布。\n"
            "农业农村部 国家乡村振兴局关于公布2022年国家乡村振兴示范县创建名单的通知\n"
            "各省、自治区、直辖市及计划单列市农业农村(农牧)厅(局、委)、乡村振兴局：\n"
            "为贯彻落实有关部署，现予公布。\n")
    name = "关于公布2022年国家乡村振兴示范县创建名单的通知"
    assert name in programmes_in(text), programmes_in(text)
    runs = relations_of(text, "runs")
    assert ("农业农村部", name) in runs and ("国家乡村振兴局", name) in runs, runs


def test_a_county_office_against_pornography_and_illegal_publications_runs_its_campaign():
    """平舆县“扫黄打非”办牵头，组织…开展…专项行动: the county's 扫黄打非 office (its short form, quoted
    or not) is a body, and runs the campaign it leads."""
    for text in ("2月2日，平舆县“扫黄打非”办牵头，组织文旅、公安、市场监管等部门开展校园周边文化市场环境专项行动。",
                 "2月2日，平舆县扫黄打非办牵头，组织文旅、公安、市场监管等部门开展校园周边文化市场环境专项行动。"):
        runs = relations_of(text, "runs")
        assert ("平舆县扫黄打非工作领导小组办公室", "校园周边文化市场环境专项行动") in runs, (text, runs)


def test_a_congress_named_with_its_year_is_an_event():
    """2018中国国际友好城市大会在武汉闭幕: the year stands for the edition (as 第六届 would), so the
    congress is a named event; a bare 大会 with neither is any meeting."""
    assert "2018中国国际友好城市大会" in programmes_in("11月16日，2018中国国际友好城市大会在武汉闭幕。")
    assert not programmes_in("11月16日，大会在武汉闭幕。")
