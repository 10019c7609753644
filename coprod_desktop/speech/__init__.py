"""Speech: everything is spoken on request, never blocking the screen. This package is Qt-free;
the Qt playback side lives in coprod_desktop.ui.speech."""
