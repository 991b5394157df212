# fish completion for sso-setup. Candidates come from `sso-setup __complete` on each TAB, so
# profile and sso-session names are read from the config file as it is then.
# Install: sso-setup completion fish > ~/.config/fish/completions/sso-setup.fish
function __sso_setup_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct)
    set -l candidates (sso-setup __complete -- $words "$current" 2>/dev/null)
    if test "$candidates" = __files__
        __fish_complete_path "$current"
    else
        printf '%s\n' $candidates
    end
end
complete -c sso-setup -f -a '(__sso_setup_complete)'
