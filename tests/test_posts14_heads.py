"""Heads of a municipality and the posts of a special administrative region's government
(posts14): sentences written in the shapes of fresh county, municipal and SAR press releases."""
from conftest import extract_text, held_posts


def test_municipality_head_after_its_party_committee():
    """上海市委副书记、市长: the 市长 of a municipality (a province in the division table) is
    held in the municipality, as the 市长 of a prefecture is."""
    got = held_posts(extract_text("上海市委副书记、市长龚正在会上作了讲话。"))
    assert ("龚正", "上海市", "市长", None) in got
    assert ("龚正", "上海市委", "副书记", None) in got


def test_municipality_head_in_a_district_story():
    """A story placed in a district of a municipality: 市长 is the municipality's."""
    got = held_posts(extract_text("黄浦区召开安全生产工作会议\n会上，区委副书记、区长张明作部署。市长龚正出席会议。"))
    assert ("龚正", "上海市", "市长", None) in got
    assert ("张明", "黄浦区", "区长", None) in got


def test_prefecture_head_unchanged():
    got = held_posts(extract_text("武汉市召开会议\n会上，市委副书记、市长程用文作了讲话。"))
    assert ("程用文", "武汉市", "市长", None) in got


def test_chief_executive_held_in_the_sar_government():
    got = held_posts(extract_text("国家主席会见了来京述职的香港特区行政长官李家超。"))
    assert ("李家超", "香港特别行政区政府", "行政长官", None) in got


def test_secretaries_of_departments():
    """政务司司长, 律政司司长: posts of the region's government, the 司 kept in the post."""
    got = held_posts(extract_text("他离港期间，由政务司司长陈国基署理行政长官职务，律政司司长林定国出席活动。"))
    assert ("陈国基", "香港特别行政区政府", "政务司司长", None) in got
    assert ("林定国", "香港特别行政区政府", "律政司司长", None) in got


def test_macau_secretary_written_with_its_government():
    got = held_posts(extract_text("贺一诚不在澳门期间，将由澳门特区政府行政法务司司长张永春临时代理行政长官的职务。"))
    assert ("张永春", "澳门特别行政区政府", "行政法务司司长", None) in got


def test_chief_executive_without_a_region_gives_none():
    """No region written, none placed or named: 行政长官 is given to no place (never a mainland one)."""
    got = held_posts(extract_text("北京市召开会议，行政长官李家超致辞。"))
    assert not any(post == "行政长官" for _, _, post, _ in got)


def test_office_of_the_chief_executive_is_a_body():
    got = held_posts(extract_text("行政长官办公室主任陈国基随行。"))
    assert ("陈国基", "行政长官办公室", "主任", None) in got
