package dev.ssosetup.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paging of the JSON 1.1 services' lists: {@code MaxResults} items from where {@code NextToken}
 * points, and a token when more follow, valid only for the list it came from. The portal's lists
 * use the same tokens.
 */
final class Pages {
  private Pages() {}

  /** One page of a list. */
  record Page<T>(List<T> items, String nextToken) {}

  static <T> Page<T> of(
      List<T> items,
      Integer maxResults,
      String nextToken,
      String listName,
      int defaultSize,
      int maxSize,
      JsonService service) {
    int size = maxResults == null ? defaultSize : maxResults;
    if (size < 1 || size > maxSize) {
      throw service.failure(
          "ValidationException",
          "1 validation error detected: Value at 'maxResults' failed to satisfy constraint:"
              + " Member must have value between 1 and "
              + maxSize);
    }
    int offset = offset(nextToken, listName, service);
    int end = Math.min(items.size(), offset + size);
    String next = end < items.size() ? token(listName, end) : null;
    return new Page<>(items.subList(Math.min(offset, end), end), next);
  }

  /** The JSON 1.1 answer with the page under {@code member} and its {@code NextToken}. */
  static Response response(String member, Page<?> page) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(member, page.items());
    if (page.nextToken() != null) {
      json.put("NextToken", page.nextToken());
    }
    return Response.json11(200, json);
  }

  /** A token for the position {@code offset} of the list {@code listName}. */
  static String token(String listName, int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((listName + "|" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position a {@link #token} holds (0 for no token), or -1 when it is not a token of this
   * list; the caller answers that in its own service's words.
   */
  static int position(String token, String listName) {
    if (token == null) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = decoded.lastIndexOf('|');
      if (bar > 0 && decoded.substring(0, bar).equals(listName)) {
        int offset = Integer.parseInt(decoded.substring(bar + 1));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // not a token of this list
    }
    return -1;
  }

  private static int offset(String token, String listName, JsonService service) {
    int offset = token == null || token.isEmpty() ? 0 : position(token, listName);
    if (offset < 0) {
      throw service.failure("ValidationException", "The NextToken is invalid.");
    }
    return offset;
  }
}
