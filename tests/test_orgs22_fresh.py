"""Agencies in liaison-office and provincial-department news (orgs22): an office a government keeps
in another city (山西省驻天津办事处) is the sending government's; later written by its host alone
(天津办事处, 驻京办事处) it is still that office, never an office of the host city.  Sentences in
those shapes, none copied."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _bodies(doc) -> dict[str, set[str]]:
    """person → the names of the bodies they hold a post in."""
    out: dict[str, set[str]] = {}
    for person, body, _post, _status in held_posts(doc):
        out.setdefault(person, set()).add(body)
    return out


def test_the_host_office_written_later_is_the_senders_office():
    """山西省驻天津办事处…天津办事处的发展历程: the second is the same office, not 天津市办事处."""
    doc = extract_text("甘肃省驻天津办事处主任王建国介绍了天津办事处近年来的工作。")
    names = _agencies(doc)
    assert "天津市办事处" not in names, names
    assert "甘肃省人民政府驻天津办事处" in names, names


def test_an_office_with_the_government_written_is_no_office_of_the_host():
    """湖南省人民政府驻北京办事处主任A: the government, and A in its office (not a 北京 office)."""
    doc = extract_text("湖南省人民政府驻北京办事处主任陈立新出席。")
    names = _agencies(doc)
    assert "湖南省人民政府" in names, names
    assert "北京市办事处" not in names, names
    assert _bodies(doc).get("陈立新") == {"湖南省人民政府驻北京办事处"}, _bodies(doc)


def test_the_office_by_its_short_host_is_the_office_named_in_full():
    """湖南省驻北京办事处…驻京办事处主任A: A heads the 湖南 office, not 北京市办事处."""
    doc = extract_text("湖南省驻北京办事处召开干部大会。驻京办事处主任陈立新出席并讲话。")
    held = _bodies(doc)
    assert held.get("陈立新") == {"湖南省人民政府驻北京办事处"}, held
    assert "北京市办事处" not in _agencies(doc)


def test_an_office_by_its_short_host_alone_is_no_office_of_the_host():
    """驻京办事处主任A with no sender named: not 北京市办事处 (whose office it is is not written)."""
    doc = extract_text("驻京办事处主任陈立新出席会议。")
    assert "北京市办事处" not in _agencies(doc)
    assert not any("北京市办事处" in b for b in _bodies(doc).get("陈立新", ()))


def test_two_senders_in_one_host_name_neither_by_the_host_alone():
    """山西省驻天津办事处 and 河北省驻天津办事处, then 天津办事处: either could be meant — not the first."""
    doc = extract_text("山西省驻天津办事处和河北省驻天津办事处联合举办推介会。天津办事处主任李华致辞。")
    held = _bodies(doc)
    assert not any(b.startswith("山西省") for b in held.get("李华", ())), held


def test_an_office_with_the_government_written_short_is_read_whole():
    """江西省政府驻北京办事处主任A: the office of 江西省人民政府, A heads it (was 北京市办事处)."""
    doc = extract_text("省政府日前任命刘国庆为江西省政府驻北京办事处主任。")
    held = _bodies(doc)
    assert held.get("刘国庆") == {"江西省人民政府驻北京办事处"}, held


def test_an_office_written_short_after_its_host_is_no_office_of_the_host():
    """驻京办主任A in a roundup of provinces: not 北京市办 (驻京办 is some province's office)."""
    doc = extract_text("今年多个省份调整驻京办主任。3月,吉林省政府任命孙立军为省政府驻京办主任。")
    assert "北京市办" not in _agencies(doc)
    assert not any(b.startswith("北京市") for b in _bodies(doc).get("孙立军", ()))


def test_two_kinds_of_office_in_one_host_are_kept_apart():
    """上海市人民政府驻深圳办事处 and 驻深圳联络处, then 深圳联络处: the 联络处, not the 办事处."""
    doc = extract_text("2010年,上海市驻深圳办事处调整为上海市驻深圳联络处。"
                       "深圳联络处主任王平介绍情况。")
    assert "深圳市办事处" not in _agencies(doc)
    assert "深圳市联络处" not in _agencies(doc)
    assert _bodies(doc).get("王平") == {"上海市人民政府驻深圳联络处"}, _bodies(doc)


def test_a_liaison_office_after_a_city_is_no_office_of_that_city():
    """A人民政府驻深圳联络处…深圳联络处主任B: whichever office, never 深圳市联络处."""
    doc = extract_text("上海市人民政府驻深圳联络处举办推介会。深圳联络处主任王平介绍情况。")
    assert "深圳市联络处" not in _agencies(doc)


def test_a_street_office_is_the_streets():
    """X街道办事处主任A: a street's own office stays the street's (no sender is sought)."""
    doc = extract_text("朝阳街道办事处主任李红走访辖区企业。")
    assert not any("驻" in n for n in _agencies(doc))


def test_a_bureau_written_by_its_last_character_is_the_bureau_named_before():
    """X市农业农村局召开会议。局党组书记、局长A: A heads the bureau the article named (no post before)."""
    doc = extract_text("5月6日,衢州市农业农村局召开全市春耕工作会议。局党组书记、局长周建平出席会议。")
    held = _bodies(doc)
    assert held.get("周建平") == {"衢州市农业农村局"}, held


def test_a_department_written_by_its_last_character_is_the_department_named_before():
    """X省文化厅召开会议。厅党组书记、厅长A，副厅长B: both in the 厅 the article named."""
    doc = extract_text("贵州省自然资源厅召开全省国土空间规划工作会议。厅党组书记、厅长赵明出席会议并讲话,"
                       "副厅长孙丽主持会议。")
    held = _bodies(doc)
    assert held.get("赵明") == {"贵州省自然资源厅"}, held
    assert held.get("孙丽") == {"贵州省自然资源厅"}, held


def test_a_bare_department_character_with_no_department_named_names_none():
    """厅党组书记A in a text that names no 厅: no body is guessed."""
    doc = extract_text("12日,厅党组书记、厅长赵明主持召开会议。")
    assert not _bodies(doc).get("赵明"), _bodies(doc)


def test_a_zone_kind_before_a_working_committee_is_the_zone_named_by_another_word():
    """X经开区召开会议。开发区党工委书记A: 开发区 is the article's 经开区 (same kind), A its secretary."""
    doc = extract_text("3日,天水经开区召开年度工作会议。开发区党工委书记、管委会主任韩立新出席,"
                       "开发区党工委副书记宋晓峰主持会议。")
    held = _bodies(doc)
    assert "天水经开区党工委" in held.get("韩立新", set()), held
    assert held.get("宋晓峰") == {"天水经开区党工委"}, held


def test_a_zone_kind_of_another_kind_names_no_zone():
    """X经济技术开发区…高新区党工委委员A: 高新区 is not the article's 经济技术开发区."""
    doc = extract_text("5日,临沂经济技术开发区召开安全生产会议。高新区党工委委员孙明主持。")
    assert not any("经济技术开发区" in b for b in _bodies(doc).get("孙明", ())), _bodies(doc)
