# Sourced by scripts/install and scripts/package-deb: what goes beside the carnet binary.
# swift-argument-parser writes both from the command's own declarations, so the completions
# and the manual page always match the binary they ship with.

# carnet_manual_tool BINARY BUILD_ARGS...: prints the path of swift-argument-parser's
# generate-manual tool. Takes the one built beside BINARY if there is one; otherwise builds it
# with `swift build BUILD_ARGS... --product generate-manual` (a few seconds once the package's
# dependencies are built).
carnet_manual_tool() {
  local binary="$1"
  shift
  local beside
  beside="$(dirname "$binary")/generate-manual"
  if [ -x "$beside" ]; then
    echo "$beside"
    return
  fi
  swift build "$@" --product generate-manual >&2
  echo "$(swift build "$@" --show-bin-path)/generate-manual"
}

# carnet_extras BINARY TOOL DIR: writes into DIR the manual page (carnet.1) and the bash,
# zsh and fish completions (carnet.bash, _carnet, carnet.fish) of BINARY.
carnet_extras() {
  local binary="$1" tool="$2" dir="$3"
  mkdir -p "$dir"
  # The page carries the date of the last commit, not of the build: two builds of one
  # commit give the same page.
  local date
  date="$(git -C "$(dirname "${BASH_SOURCE[0]}")" log -1 --format=%cs 2>/dev/null || date -u +%Y-%m-%d)"
  "$tool" "$binary" --date "$date" --output-directory "$dir" >&2
  # bash sources this file: it is not a program, so no #! line (lintian says so too).
  "$binary" --generate-completion-script bash | sed '1{/^#!/d}' >"$dir/carnet.bash"
  "$binary" --generate-completion-script zsh >"$dir/_carnet"
  "$binary" --generate-completion-script fish >"$dir/carnet.fish"
  [ -s "$dir/carnet.1" ] || { echo "no manual page was generated" >&2; return 1; }
}
