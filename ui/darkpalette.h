#pragma once

namespace AssertDesk::Ui {

// When ASSERTDESK_PALETTE=dark is set, the Fusion style with a dark palette, so the look on a
// dark desktop can be checked (and screenshot) on any machine; otherwise nothing changes. Called
// before the first window is built: notes pick their colours from the palette as they are made.
void applyPaletteFromEnvironment();

} // namespace AssertDesk::Ui
