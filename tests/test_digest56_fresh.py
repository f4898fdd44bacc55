"""Round 56 (digest56): items of government news digests (政府动态, 乡镇动态, 要闻 lists) from fresh texts
of /tmp/s26/fresh/digest56: an official's name ended by 会办 (Jiangsu's "meet to settle"), a project's
name before 等N个项目 without the time word opening its clause (目前, 其中, 今年以来), and a body after 在
(the meeting's venue) never taken as the article's lead agency that runs what the article reports,
and no author 摄影 from a byline's tail 摄影报道 standing alone."""
from __future__ import annotations

from conftest import extract_text, post_pairs, relation_pairs


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_hui_ban_ends_an_officials_name():
    """04-jingkaiqu-huiban (05273.com): 县委书记、经开区党工委书记卞建军会办经开区重大项目建设工作: 卞建军
    holds posts in 县委 and 经开区党工委 (base: no person at all, 会办 was no act after a name)."""
    doc = extract_text("卞建军会办经开区重大项目建设工作\n"
                       "12月19日,县委书记、经开区党工委书记卞建军会办经开区重大项目建设工作。"
                       "县领导彭伟、朱浩、石敬峰、刘兆东及相关单位负责同志参加会办。")
    posts = post_pairs(doc)
    assert ("卞建军", "县委") in posts and ("卞建军", "经开区党工委") in posts, posts


def test_a_time_word_opening_the_clause_is_no_part_of_a_listed_project():
    """05-lzq-qianyue (lzq.gov.cn): 目前春天国际学校项目等8个项目已开工建设: the project is 春天国际学校项目
    (base: 目前春天国际学校项目); so after 其中 and 今年以来."""
    doc = extract_text("我区推进投资促进活动签约项目落地\n"
                       "我区成立工作专班,有序推进签约项目开工建设。目前春天国际学校项目等8个项目已开工建设。")
    names = _programmes(doc)
    assert "春天国际学校项目" in names and "目前春天国际学校项目" not in names, names
    other = extract_text("全县重点项目建设加快推进\n全县共签约项目30个。其中春天国际学校项目等8个项目已开工建设。")
    assert "其中春天国际学校项目" not in _programmes(other), _programmes(other)


def test_a_body_after_zai_is_the_venue_not_the_lead_agency():
    """02-sxx-zhengwugongkai (sxx.gov.cn): 县政务公开办在县政务服务中心四楼会议室召开了全县政府信息公开工作会议:
    the service centre is where the meeting is held; it runs no meeting (base: 县政务服务中心 runs it, as
    the article's lead agency)."""
    doc = extract_text("县政务公开办召开全县政府信息公开工作会议\n"
                       "12月18日下午,县政务公开办在县政务服务中心四楼会议室召开了全县政府信息公开工作会议,"
                       "我局信息员参加了会议。")
    assert not any(a == "县政务服务中心" for a, _p in relation_pairs(doc, "runs")), relation_pairs(doc, "runs")


def test_a_photo_report_tail_standing_alone_is_no_author():
    """15-dsz-gongyiri (dsz.cc): 记者 尼加提 王艳 董喆 摄影报道: three reporters (base: a fourth author 摄影,
    the tail's 报道 cut off the word standing alone); a tail glued to the name is still cut (吕守军报道)."""
    doc = extract_text("我区组织开展第18个社会“公益日”活动\n记者 尼加提 王艳 董喆 摄影报道\n"
                       "5月11日,我区组织开展第18个社会“公益日”活动。")
    assert doc.articles[0].authors == ["尼加提", "王艳", "董喆"], doc.articles[0].authors
    glued = extract_text("我区组织开展活动\n通讯员 吕守军报道\n5月11日,我区组织开展活动。")
    assert glued.articles[0].authors == ["吕守军"], glued.articles[0].authors
