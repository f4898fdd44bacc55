

# --------------------------------------------------------------- one body in two spellings

def agencies(doc: Doc) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in doc.entities.values() if e.type == "Agency" and e.mentions}


def test_standing_committee_short_and_full_name_are_one_body():
    doc = run("2024年5月8日，湖北省人大常委会召开党组会议。会议指出，湖北省人民代表大会常务委员会要依法履职。")
    found = agencies(doc)
    assert "湖北省人民代表大会常务委员会" in found and "湖北省人大常委会" not in found
    assert "湖北省人大常委会" in found["湖北省人民代表大会常务委员会"]


def test_cppcc_committee_short_and_full_name_are_one_body():
    doc = run("2024年5月8日，湖北省政协召开常委会议。中国人民政治协商会议湖北省委员会主席出席会议。")
    found = agencies(doc)
    assert "湖北省政协" in found
    assert "中国人民政治协商会议湖北省委员会" in found["湖北省政协"]
    assert not any(n.startswith("湖北省委") for n in found)  # 省委 of 湖北省委员会 is no party committee


def test_court_and_zone_committee_take_their_full_names():
    doc = run("2024年5月8日，沙县法院与沙县人民法院执行局联合开展专项行动，县检察院派员参加。")
    found = agencies(doc)
    assert not any(n.endswith("县法院") for n in found)
