# bash completion for sso-setup. Candidates come from `sso-setup __complete` on each TAB, so
# profile and sso-session names are read from the config file as it is then.
# Install: echo 'source <(sso-setup completion bash)' >> ~/.bashrc
_sso_setup() {
  local cur="${COMP_WORDS[COMP_CWORD]}" IFS=$'\n' candidates
  candidates=$(sso-setup __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  if [ "$candidates" = "__files__" ]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($candidates)
  fi
}
complete -o bashdefault -o nospace -F _sso_setup sso-setup 2>/dev/null ||
  complete -F _sso_setup sso-setup
