"""The lead's review of round 108: county and township meeting news (沈丘, 太和, 洛阳老城, 邹城, 菏泽牡丹区大黄集镇,
中山阜沙镇, 官塘镇), read fact by fact.

- posts: an adverb with its verb right after a leader's name (镇党委书记孙从阳全面回顾总结…, 镇长刘宁简要回顾…) ends
  the name as the verb alone does: a given name holding a particle's character (从阳) was read nowhere; the
  adverb alone does not end one (王安全面对: 王安全);
- family names: 侍 (侍凤成, a township head of 安徽);
- layout: a reposted story's byline that opens with the medium and its reporter's name with no role
  (山东商报·速豹新闻网 刘燕 通讯员 杜贵霞) is a byline, no headline: the reporters are the article's authors and
  the story's own place (the township) is no longer the district the medium's province pulled it to;
- media: 求是 alone is the phrase of 实事求是 (求是为归, 求是学院); the magazine is 《求是》, 求是杂志 or 求是网;
- chrome: a list's pager (1 条记录 1/1 页, 共25条记录 当前第1/3页) is no figure 记录 1 条.
"""
from conftest import extract_text


def _names(doc, kind):
    return {e.name for e in doc.entities.values() if e.type == kind}


def _posts(doc):
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_name_before_an_adverb_and_its_verb():
    doc = extract_text("官塘镇召开2024年度村级综合考评表彰大会。"
                       "镇党委书记孙从阳全面回顾总结2024年度工作成绩，对2025年重点工作进行再安排再部署。")
    assert "孙从阳" in _names(doc, "Person"), _names(doc, "Person")
    assert ("孙从阳", "官塘镇党委") in _posts(doc), _posts(doc)


def test_the_adverb_alone_ends_no_name():
    doc = extract_text("镇长王安全面对群众提出的问题，一一作了解答。")
    assert "王安全" in _names(doc, "Person") and "王安" not in _names(doc, "Person"), _names(doc, "Person")


def test_the_family_name_shi_of_a_township_head():
    doc = extract_text("官塘镇召开表彰大会。镇党委副书记、镇长侍凤成同志主持会议。")
    assert ("侍凤成", "官塘镇党委") in _posts(doc), _posts(doc)


def test_a_reposted_story_s_byline_with_the_medium_and_a_reporter_without_a_role():
    text = ("山东商报·速豹新闻网 刘燕 通讯员 杜贵霞\n"
            "2024年2月24日上午,菏泽市牡丹区大黄集镇召开2023年度总结表彰暨2024年工作动员大会。"
            "会议由大黄集镇人大主席周建生主持。\n"
            "最后,党委副书记、镇长刘宁简要回顾了2023年各项工作,并对2024年工作进行了部署。\n")
    doc = extract_text(text)
    article = doc.articles[0]
    assert article.title is None and article.authors == ["刘燕", "杜贵霞"], (article.title, article.authors)
    assert doc.entities[article.place].name == "大黄集镇", article.place
    assert ("刘宁", "大黄集镇") in _posts(doc), _posts(doc)


def test_a_byline_needs_the_medium_before_the_unroled_name():
    doc = extract_text("县政府召开常务会议 王明 通讯员 李强\n3月1日，县政府召开常务会议。")
    assert doc.articles[0].title is not None


def test_the_phrase_qiushi_is_no_magazine():
    assert not _names(extract_text("新的一年，全镇上下万物维新、求是为归、初心不改、向阳而行。"), "Organization")
    assert "求是杂志社" in _names(extract_text("近日，县委书记王明的文章在《求是》杂志刊发。"), "Organization")
    assert "求是杂志社" in _names(extract_text("据求是网报道，会议在北京召开。"), "Organization")


def test_a_list_pager_is_no_figure():
    doc = extract_text("市委书记到镇街园区调度重点项目\n6月7日，市委书记桑福岭到部分镇街园区现场调度重点项目建设。\n"
                       "1 条记录 1/1 页\n")
    assert not doc.metrics, [(m.indicator, m.value) for m in doc.metrics]
    two = extract_text("县政府召开会议\n3月1日，县政府召开会议。\n共25条记录 当前第1/3页 上一页 下一页\n")
    assert not two.metrics, [(m.indicator, m.value) for m in two.metrics]
