#!/bin/sh
# Thêm Thư ký ISO vào menu ứng dụng của người dùng này (chạy một lần, từ thư mục đã giải nén).
# Adds Thư ký ISO to this user's application menu (run once, from the unpacked folder). The .desktop
# file beside it names the program and icon by name only; this copy names them by their full path.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$here/ThuKyISO\"|" -e "s|^Icon=.*|Icon=$here/thuky-iso.png|" \
    "$here/thuky-iso.desktop" > "$apps/thuky-iso.desktop"
chmod 644 "$apps/thuky-iso.desktop"
echo "Đã thêm Thư ký ISO vào menu ứng dụng: $apps/thuky-iso.desktop"
