from app.models import AgencyKind


def test_agency_set_up_and_read_back(services, agency):
    profile = services.agency.get_profile()
    assert profile is not None
    assert profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
    assert profile.kind is AgencyKind.COMMUNE
    assert [leader.full_name for leader in services.agency.list_leaders()] == ["Nguyễn Văn An"]
