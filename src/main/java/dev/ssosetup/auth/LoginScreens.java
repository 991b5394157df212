package dev.ssosetup.auth;

import dev.ssosetup.common.Messages;
import dev.ssosetup.prompt.Prompter;

/**
 * What a login shows while it waits for the user: the AWS CLI's screens, word for word, so that
 * instructions written for {@code aws sso login} fit sso-setup too, and the warning for a page that
 * is not handed to a browser.
 */
final class LoginScreens {
  private final Prompter prompter;
  private final Messages messages;

  LoginScreens(Prompter prompter, Messages messages) {
    this.prompter = prompter;
    this.messages = messages;
  }

  /** What the spinner says while the login waits for the browser. */
  static String waiting(Messages messages) {
    return messages.get("login.waitingForApproval");
  }

  /** The page is shown (terminal-safe, like every line said) but not handed to a browser. */
  void notOpened(String address) {
    prompter.warn(messages.get("security.page-not-opened", address));
    prompter.warn(messages.get("security.page-not-opened-hint"));
  }

  /** Where to approve the login: the page the browser was asked to open, or one to visit. */
  void page(boolean opened, String address) {
    if (opened) {
      prompter.say(
          "Attempting to automatically open the SSO authorization page in your default browser.");
      prompter.say(
          "If the browser does not open or you wish to use a different device to authorize this"
              + " request, open the following URL:");
    } else {
      prompter.say("Browser will not be automatically opened.");
      prompter.say("Please visit the following URL:");
    }
    prompter.say("");
    prompter.say(address);
  }

  /**
   * The code to enter on the device page, and when no browser was asked to open it, the page that
   * fills the code in.
   */
  void code(String userCode, boolean opened, String completeAddress) {
    prompter.say("");
    prompter.say("Then enter the code:");
    prompter.say("");
    prompter.say(userCode);
    if (!opened) {
      prompter.say("");
      prompter.say(
          "Alternatively, you may visit the following URL which will autofill the code upon"
              + " loading:");
      prompter.say(completeAddress);
    }
  }
}
