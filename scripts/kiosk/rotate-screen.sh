# shellcheck shell=bash
# Turns the screen and its touch input for a panel mounted on its side or upside down (CHAYUE_ROTATE): sourced by kiosk-launch.sh, not run.
# Uses the launcher's log and die.

# xinput's "Coordinate Transformation Matrix" for each xrandr rotation, row by row: a touch at (x, y) of the panel, each
# in 0..1, lands at (a·x + b·y + c, d·x + e·y + f) of the screen. xrandr's left turns the picture a quarter
# counter-clockwise (xrandr(1)), so the panel's top-left corner shows the screen's top-right: (0, 0) must land at
# (1, 0), i.e. x' = 1 - y, y' = x. The same as the Ubuntu wiki's X/InputCoordinateTransformation gives.
touch_matrix() { # rotation; fails for anything else
  case $1 in
    normal) echo '1 0 0 0 1 0 0 0 1' ;;
    left) echo '0 -1 1 1 0 0 0 0 1' ;;
    right) echo '0 1 0 -1 0 1 0 0 1' ;;
    inverted) echo '-1 0 1 0 -1 1 0 0 1' ;;
    *) return 1 ;;
  esac
}

# The output to turn: the primary one, else the first connected (X marks none primary until a desktop or
# `xrandr --primary` does).
screen_output() { # xrandr --query's output on stdin
  local line first=""
  while IFS= read -r line; do
    if [[ $line =~ ^([^[:space:]]+)\ connected\ primary ]]; then
      echo "${BASH_REMATCH[1]}"
      return 0
    fi
    if [ -z "$first" ] && [[ $line =~ ^([^[:space:]]+)\ connected ]]; then first=${BASH_REMATCH[1]}; fi
  done
  [ -n "$first" ] || return 1
  echo "$first"
}

is_touchscreen() { # name, touch mode ("direct", "dependent" or none), 1 when it reports an absolute position
  case $2 in
    direct) return 0 ;;
    dependent) return 1 ;; # a touchpad
  esac
  [ "$3" = 1 ] || return 1
  local lower=${1,,}
  [[ $lower == *touch* || $1 == *触摸* ]] && [[ $lower != *touchpad* && $1 != *触摸板* && $1 != *触控板* ]]
}

# The touchscreens among X's input devices, one "id<TAB>name" a line. A multi-touch screen says "Touch mode: direct"
# whatever its name (ILITEK-TP, wch.cn USB2IIC_CTP_CONTROL), a touchpad "dependent"; a single-touch panel reports no
# touch class, so it counts when its name says touch or 触摸 and its position is absolute (a mouse's is relative).
# Slave pointers only: a master repeats the classes of the device used last, and a touch controller's keyboard half
# (often of the same name) has no matrix. Ids, not names: names repeat, and some end in spaces.
touchscreens() { # xinput list --long's output on stdin
  local line id="" name="" use="" mode="" absolute=0 eof=0 header=$'^(.*)\tid=([0-9]+)\t\\[(.*)\\]'
  local next_id next_name next_use
  while ((!eof)); do
    if ! IFS= read -r line; then [ -n "$line" ] || eof=1; fi
    if ((eof)) || [[ $line =~ $header ]]; then
      next_name=${BASH_REMATCH[1]-} next_id=${BASH_REMATCH[2]-} next_use=${BASH_REMATCH[3]-}
      if [ -n "$id" ] && [[ $use == slave*pointer* ]] && is_touchscreen "$name" "$mode" "$absolute"; then
        printf '%s\t%s\n' "$id" "$name"
      fi
      name=${next_name#*↳ } id=$next_id use=$next_use mode="" absolute=0
      if [[ $name =~ ^(.*[^[:space:]]) ]]; then name=${BASH_REMATCH[1]}; fi
    elif [[ $line =~ Touch\ mode:\ ([a-z]+) ]]; then
      mode=${BASH_REMATCH[1]}
    elif [[ $line == *"Mode: absolute"* ]]; then
      absolute=1
    fi
  done
}

# Turns the screen and every touchscreen before Chromium starts. A value not in the list stops the launcher (a terminal
# set up wrong should be seen, not run sideways); anything else that stands in the way is logged and the kiosk starts.
rotate_screen() { # rotation (CHAYUE_ROTATE)
  local rotation=$1 matrix=() query output said id name turned=() failed=() list
  touch_matrix "$rotation" >/dev/null ||
    die "CHAYUE_ROTATE must be normal, left, right or inverted (or unset to leave the screen as the system has it), got '$rotation'"
  local not_applied="CHAYUE_ROTATE=$rotation not applied"
  local instead="set the rotation in the desktop's display settings, or run the kiosk in its X session (README)"
  if [ -n "${WAYLAND_DISPLAY:-}" ] || [ "${XDG_SESSION_TYPE:-}" = wayland ]; then
    log "$not_applied: in a Wayland session only the desktop turns the screen and touch input; $instead"
    return 0
  fi
  if [ -z "${DISPLAY:-}" ]; then log "$not_applied: no X display (DISPLAY is unset); $instead"; return 0; fi
  if ! command -v xrandr >/dev/null 2>&1; then
    log "$not_applied: xrandr is not installed (sudo apt-get install x11-xserver-utils); $instead"
    return 0
  fi
  if ! query=$(timeout 10 xrandr --query 2>&1); then log "$not_applied: xrandr --query failed: $query"; return 0; fi
  if ! output=$(screen_output <<<"$query"); then log "$not_applied: xrandr lists no connected screen"; return 0; fi
  if ! said=$(timeout 10 xrandr --output "$output" --rotate "$rotation" 2>&1); then
    log "$not_applied: xrandr could not turn $output (${said:-no reason given}); the screen and touch input stay as they were"
    return 0
  fi
  if ! command -v xinput >/dev/null 2>&1; then
    log "screen $output turned $rotation; touch input not turned: xinput is not installed (sudo apt-get install xinput)"
    return 0
  fi
  read -r -a matrix <<<"$(touch_matrix "$rotation")"
  while IFS=$'\t' read -r id name; do
    if timeout 10 xinput set-prop "$id" 'Coordinate Transformation Matrix' "${matrix[@]}" >/dev/null 2>&1; then
      turned+=("$name (id $id)")
    else
      failed+=("$name (id $id)")
    fi
  done < <(timeout 10 xinput list --long 2>/dev/null | touchscreens)
  if ((${#turned[@]})); then printf -v list '%s, ' "${turned[@]}"; list="touch input ${list%, }"; else list="no touchscreen found"; fi
  if ((${#failed[@]})); then printf -v said '%s, ' "${failed[@]}"; list+="; could not turn ${said%, }"; fi
  log "screen $output turned $rotation; $list"
}
