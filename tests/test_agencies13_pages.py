"""Departments named by a stem and 管理局/工作局, and stems seen on city and county pages."""
import pytest

from kg.builder import extract_document
from kg.model import Doc


def _agencies(text):
    res = extract_document(Doc(id="t", text=text, source="t"))
    return {e.name for e in res.entities.values() if e.type == "Agency"}


@pytest.mark.parametrize("name", ["齐齐哈尔市公路管理局", "齐齐哈尔市港航管理局", "齐齐哈尔市政务服务和大数据管理局",
                                  "齐齐哈尔市金融工作局", "齐齐哈尔市质量监督局", "齐齐哈尔市通信管理局",
                                  "齐齐哈尔市保密局", "齐齐哈尔市地方志办公室"])
def test_a_department_after_its_city(name):
    assert name in _agencies(f"近日，{name}召开会议。")


def test_relative_names_and_no_department_without_a_scope():
    assert {"县公路管理局", "县地方志办公室"} <= _agencies("县公路管理局、县地方志办公室联合开展检查。")
    assert not _agencies("要加强通信管理局建设，做好保密工作。")


@pytest.mark.parametrize("addressees", ["各县(市)、区人民政府", "各县（市）区人民政府", "各县（市）、区人民政府",
                                        "各乡、镇人民政府"])
def test_a_list_of_levels_is_no_body(addressees):
    got = _agencies(f"齐齐哈尔市人民政府办公室通知。{addressees}，市政府各委、办、局：现将细则印发给你们。")
    assert got == {"齐齐哈尔市人民政府办公室", "齐齐哈尔市人民政府"}


def test_a_departments_centre_named_by_its_place_is_one_organisation():
    res = extract_document(Doc(id="t", source="t", text="齐齐哈尔市信息中心负责平台运维，邯郸市检验检测中心开展检测。"))
    orgs = {e.name for e in res.entities.values() if e.type == "Organization"}
    assert orgs == {"齐齐哈尔市信息中心", "邯郸市检验检测中心"}
