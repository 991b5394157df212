#compdef sso-setup
# zsh completion for sso-setup. Candidates come from `sso-setup __complete` on each TAB, so
# profile and sso-session names are read from the config file as it is then.
# Install: sso-setup completion zsh > "${fpath[1]}/_sso-setup"   (then restart zsh)
#      or: echo 'source <(sso-setup completion zsh)' >> ~/.zshrc   (after compinit)
_sso_setup() {
  local -a candidates
  candidates=("${(@f)$(sso-setup __complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "${candidates[1]}" == "__files__" ]]; then
    _files
  elif (( ${#candidates} )) && [[ -n "${candidates[1]}" ]]; then
    compadd -Q -- "${candidates[@]}"
  fi
}
if [[ "$funcstack[1]" == "_sso_setup" ]]; then
  _sso_setup "$@"
else
  compdef _sso_setup sso-setup
fi
