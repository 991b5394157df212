package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.testkit.RecordingPrompter;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI's login screens, held in one place for both flows: the lines {@code aws sso login}
 * prints, in its order, so that instructions written for it fit.
 */
class LoginScreensTest {
  private final RecordingPrompter prompter = new RecordingPrompter();
  private final LoginScreens screens = new LoginScreens(prompter, Messages.english());

  @Test
  void aPageTheBrowserWasAskedToOpen_isOfferedForAnotherDeviceToo() {
    screens.page(true, "https://device.example/authorize");

    assertThat(prompter.lines())
        .containsExactly(
            "Attempting to automatically open the SSO authorization page in your default browser.",
            "If the browser does not open or you wish to use a different device to authorize this"
                + " request, open the following URL:",
            "",
            "https://device.example/authorize");
    assertThat(prompter.warnings()).isEmpty();
  }

  @Test
  void aPageNoBrowserOpens_isToBeVisited() {
    screens.page(false, "https://device.example/authorize");

    assertThat(prompter.lines())
        .containsExactly(
            "Browser will not be automatically opened.",
            "Please visit the following URL:",
            "",
            "https://device.example/authorize");
  }

  @Test
  void theDeviceCode_withTheAutofillPage_onlyWhenNoBrowserOpenedIt() {
    screens.code("ABCD-EFGH", false, "https://device.example/device?user_code=ABCD-EFGH");

    assertThat(prompter.lines())
        .containsExactly(
            "",
            "Then enter the code:",
            "",
            "ABCD-EFGH",
            "",
            "Alternatively, you may visit the following URL which will autofill the code upon"
                + " loading:",
            "https://device.example/device?user_code=ABCD-EFGH");

    RecordingPrompter opened = new RecordingPrompter();
    new LoginScreens(opened, Messages.english())
        .code("ABCD-EFGH", true, "https://device.example/device?user_code=ABCD-EFGH");
    assertThat(opened.lines()).containsExactly("", "Then enter the code:", "", "ABCD-EFGH");
  }

  @Test
  void aPageNotHandedToTheBrowser_isWarnedAbout_withTheAddressShown() {
    screens.notOpened("file:///etc/passwd");

    assertThat(prompter.warnings()).hasSize(2);
    assertThat(prompter.warnings().get(0)).contains("file:///etc/passwd");
    assertThat(prompter.lines()).isEmpty();
  }
}
