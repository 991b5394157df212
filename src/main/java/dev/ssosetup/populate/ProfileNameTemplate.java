package dev.ssosetup.populate;

import dev.ssosetup.aws.Account;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code --template} of generated profile names: literal text and the fields {@code
 * {account_name}}, {@code {account_id}}, {@code {account_email}}, {@code {role_name}} and {@code
 * {sso_session}}. It renders the raw name; {@link GeneratedNames} then makes it a valid one.
 */
final class ProfileNameTemplate {
  static final String DEFAULT = "{account_name}.{role_name}";
  static final List<String> FIELDS =
      List.of("account_name", "account_id", "account_email", "role_name", "sso_session");

  /** Literal text, or a field when {@code field} is true. */
  private record Part(String text, boolean field) {}

  private final List<Part> parts;

  private ProfileNameTemplate(List<Part> parts) {
    this.parts = parts;
  }

  /**
   * @throws UserFacingException (exit 2) for an empty template, an unknown field, a brace without
   *     its pair, or no field at all (every profile would get the same name)
   */
  static ProfileNameTemplate parse(String template) {
    if (template == null || template.isEmpty()) {
      throw invalid(Text.of("populate.template.empty"));
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '}') {
        throw invalid(Text.of("populate.template.closeWithoutOpen", template));
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = template.indexOf('}', i + 1);
      int nextOpen = template.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        throw invalid(Text.of("populate.template.openWithoutClose", template));
      }
      String field = template.substring(i + 1, close);
      if (!FIELDS.contains(field)) {
        throw invalid(Text.of("populate.template.unknownField", field));
      }
      if (literal.length() > 0) {
        parts.add(new Part(literal.toString(), false));
        literal.setLength(0);
      }
      parts.add(new Part(field, true));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), false));
    }
    if (parts.stream().noneMatch(Part::field)) {
      throw invalid(Text.of("populate.template.noField"));
    }
    return new ProfileNameTemplate(List.copyOf(parts));
  }

  /**
   * The name before it is made valid as a whole. Each field is made valid on its own first, so that
   * no {@code -} is left at a field's edge: {@code Workload (prod)} and {@code Admin} give {@code
   * Workload-prod.Admin}, not {@code Workload-prod-.Admin}. An account name that would lose most of
   * its letters (one in Japanese, say) is replaced by the account ID ({@link
   * GeneratedNames#accountName}).
   */
  String render(Account account, String roleName, String session) {
    StringBuilder name = new StringBuilder();
    for (Part part : parts) {
      if (!part.field()) {
        name.append(part.text());
        continue;
      }
      name.append(
          GeneratedNames.sanitize(
              switch (part.text()) {
                case "account_name" -> GeneratedNames.accountName(account.name(), account.id());
                case "account_id" -> account.id();
                case "account_email" -> account.email();
                case "role_name" -> roleName;
                default -> session;
              }));
    }
    return name.toString();
  }

  private static UserFacingException invalid(Text problem) {
    return UserFacingException.usage(
        problem,
        Text.of(
            "populate.template.hint",
            FIELDS.stream().map(f -> "{" + f + "}").collect(Collectors.joining(", ")),
            DEFAULT));
  }
}
