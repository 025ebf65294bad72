"""Thư ký ISO: the desktop app of an agency's ISO secretary (TCVN ISO 9001:2015 QMS records)."""

__version__ = "0.1.0"
APP_NAME = "Thư ký ISO"
APP_ID = "thuky-iso"
ORG_NAME = "ThuKyISO"
