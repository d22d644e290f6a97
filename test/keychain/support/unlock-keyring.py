"""Unlocks a gnome-keyring collection with its password read from stdin, with no prompt (test support only).

The Secret Service's own Unlock asks through a GUI prompt, which a headless test session does not have;
gnome-keyring's internal UnlockWithMasterPassword takes the password over a plain session instead."""
import sys

import dbus

bus = dbus.SessionBus()
service = bus.get_object('org.freedesktop.secrets', '/org/freedesktop/secrets')
_, session = service.OpenSession('plain', dbus.String('', variant_level=1), dbus_interface='org.freedesktop.Secret.Service')
collection = sys.argv[1] if len(sys.argv) > 1 else '/org/freedesktop/secrets/collection/login'
secret = dbus.Struct((session, dbus.ByteArray(b''), dbus.ByteArray(sys.stdin.read().encode()), 'text/plain'), signature='oayays')
dbus.Interface(service, 'org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface').UnlockWithMasterPassword(dbus.ObjectPath(collection), secret)
