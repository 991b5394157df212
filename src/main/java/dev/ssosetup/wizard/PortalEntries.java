package dev.ssosetup.wizard;

import dev.ssosetup.aws.Account;
import dev.ssosetup.aws.PortalNames;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.QuotedValue;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Prompter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the wizard takes from the portal's lists: only accounts and roles whose ID and name the
 * services allow. Another entry (a line break in a role name, say) is left out with a warning, and
 * the others are offered as usual: it must never reach the config file or the screen as it is.
 */
final class PortalEntries {
  private final Prompter prompter;
  private final Messages messages;

  PortalEntries(Prompter prompter, Messages messages) {
    this.prompter = prompter;
    this.messages = messages;
  }

  List<Account> accounts(List<Account> listed) {
    List<Account> valid = new ArrayList<>();
    for (Account account : listed) {
      Text problem = PortalNames.accountIdProblem(account.id());
      if (problem == null) {
        valid.add(account);
      } else {
        prompter.warn(
            Text.of("wizard.skippedAccount", QuotedValue.of(account.id()), problem).in(messages));
      }
    }
    return valid;
  }

  List<String> roles(List<String> listed, String accountId) {
    List<String> valid = new ArrayList<>();
    for (String role : listed) {
      Text problem = PortalNames.roleNameProblem(role);
      if (problem == null) {
        valid.add(role);
      } else {
        prompter.warn(
            Text.of("wizard.skippedRole", QuotedValue.of(role), accountId, problem).in(messages));
      }
    }
    return valid;
  }
}
