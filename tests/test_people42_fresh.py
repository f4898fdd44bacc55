"""people42: people and posts in real government texts — adverbs and a counted span between a name and
its verb of taking (李保俊再次担任, 李保俊连续两年担任); a rare family name that is a common word
(司长别涛); a resume line of a date of birth and posts alone (蒋建明，1962年12月生，江苏沭阳县委书记；); a
name right after a body closed by 主持 or a transcript's speaker label (…新闻办公室张竞怡主持); deputies
to a people's congress (区人大代表卓山青到…); a name before a post of no body (温振顺总领事拜会…); a
foreign minister by his ministry's full title (约旦副首相兼外交和侨务大臣萨法迪)  (excerpts of real texts,
as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, held_posts, post_pairs


def _people(doc) -> set[str]:
    return body_names(doc, "Person")


def test_adverbs_and_a_counted_span_before_the_verb_of_taking():
    """民政部新闻发言人 (mine41 spokespersons-2021): 2017年和2018年,李保俊连续两年担任民政部新闻发言人 —
    连续两年 (a count of years) and 再次 stand between the name and 担任."""
    doc = extract_text("新闻发言人\n2017年和2018年,李保俊连续两年担任民政部新闻发言人。")
    assert ("李保俊", "民政部") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("新闻发言人\n李保俊再次担任民政部新闻发言人。")
    assert ("李保俊", "民政部") in post_pairs(doc), post_pairs(doc)


def test_rare_family_name_that_is_a_word_after_a_post():
    """生态环境部7月例行新闻发布会 (national41): 生态环境部法规与标准司司长别涛、副司长王开宇出席发布会 —
    别 opens a name only after a post (县长别说了 stays no name)."""
    doc = extract_text("例行新闻发布会\n7月26日,生态环境部举行7月例行新闻发布会。生态环境部法规与标准司司长别涛、"
                       "副司长王开宇出席发布会,向媒体介绍了我国生态环境保护法律法规和标准建设有关情况。")
    assert ("别涛", "生态环境部法规与标准司") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("标题\n县长别说了,大家都知道。")
    assert not _people(doc), _people(doc)


def test_resume_line_of_a_birth_date_and_posts_alone():
    """走近县委书记 (scrape41, a page that lost its 年): 蒋建明,196212月生,江苏沭阳县委书记; — the clause of
    posts alone is the post held; the province before the county's committee is its place."""
    doc = extract_text("采访对象\n蒋建明,196212月生,江苏沭阳县委书记;\n李公乐,19623月生,河南郑州市委常委、巩义市委书记;")
    pairs = post_pairs(doc)
    assert {("蒋建明", "沭阳县委"), ("李公乐", "郑州市委"), ("李公乐", "巩义市委")} <= pairs, pairs


def test_name_after_a_body_closed_by_hosting_or_a_speaker_label():
    """陕西省环境质量状况新闻发布会 (mine41 shaanxi-presser): 发布会由陕西省人民政府新闻办公室张竞怡主持 and the
    transcript's label line 陕西省人民政府新闻办公室张竞怡: — the name is a person."""
    doc = extract_text("新闻发布会\n3月20日10时,陕西省人民政府新闻办公室举办新闻发布会,通报陕西省环境质量状况。"
                       "发布会由陕西省人民政府新闻办公室张竞怡主持。")
    assert "张竞怡" in _people(doc), _people(doc)
    doc = extract_text("新闻发布会\n陕西省人民政府新闻办公室张竞怡:\n女士们、先生们,上午好!")
    assert "张竞怡" in _people(doc), _people(doc)


def test_deputies_of_a_peoples_congress():
    """天河 天园街道 (scrape41): 人大天园街道工委组织市人大代表邱琇,区人大代表卓山青到中心联络站接待选民群众 —
    each name after 人大代表 is a person (the seat is no post)."""
    doc = extract_text("接待选民\n2月18日上午,人大天园街道工委组织市人大代表邱琇,区人大代表卓山青到中心联络站接待选民群众。")
    assert {"邱琇", "卓山青"} <= _people(doc), _people(doc)
    doc = extract_text("标题\n组织人大代表开展视察。")
    assert not _people(doc), _people(doc)


def test_name_before_a_post_of_no_body():
    """杜伊斯堡 (foreign41): 温振顺总领事应约赴北威州杜伊斯堡市,在市政厅拜会该市市长索伦·林克 — the consul
    general is a person though no 驻… names his consulate; the mayor holds his city's post."""
    doc = extract_text("温振顺总领事拜会杜伊斯堡市长林克\n3月17日,温振顺总领事应约赴北威州杜伊斯堡市,在市政厅拜会该市市长索伦·林克。")
    assert "温振顺" in _people(doc), _people(doc)


def test_foreign_minister_by_the_full_title_of_his_ministry():
    """约旦副首相兼外交和侨务大臣萨法迪 (the title as the round's brief quotes it; the sentence around it is
    written here, in traditional script): both posts are his."""
    doc = extract_text("王毅會見約旦副首相\n王毅會見約旦副首相兼外交和僑務大臣薩法迪。")
    held = {(p, b, post) for p, b, post, _ in held_posts(doc)}
    assert ("萨法迪", "约旦外交部", "外交和侨务大臣") in held, held
    assert ("萨法迪", "约旦", "副首相") in held, held


def test_double_hatted_post_written_with_brackets():
    """民政部新闻发言人 (mine41 spokespersons-2021): 民政部官网信息显示,李保俊任民政部办公厅(国际合作司)主任(司长)
    — the office's director and, in brackets, the department it also is and its head: both posts."""
    doc = extract_text("新闻发言人\n民政部官网信息显示,李保俊任民政部办公厅(国际合作司)主任(司长)。")
    held = {(p, b, post) for p, b, post, _ in held_posts(doc)}
    assert {("李保俊", "民政部办公厅", "主任"), ("李保俊", "民政部国际合作司", "司长")} <= held, held
    doc = extract_text("标题\n李明任县政府办公室(主持工作)。")
    assert not held_posts(doc), held_posts(doc)


def test_line_of_a_name_and_posts_alone():
    """最高检指导性案例 (national41 07, the author's note): 万春,最高人民检察院检察委员会副部级专职委员、法律政策研究室
    主任。 — the line states his posts (the office bare after the procuratorate is its own); 王强,县委书记,他说… (a clause after the posts) is no such line."""
    doc = extract_text("万春:最高检指导性案例的发展历程和创新完善\n万春,最高人民检察院检察委员会副部级专职委员、法律政策研究室主任。")
    assert "万春" in _people(doc), _people(doc)
    assert ("万春", "最高人民检察院法律政策研究室") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("标题\n王强,县委书记,他说今年要干好。")
    assert not post_pairs(doc), post_pairs(doc)
