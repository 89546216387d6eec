package org.hspnavigator.formats.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserDelegate;

/** A parser that shows each token it reads to a {@link TokenCheck} before handing it on. */
final class CheckedParser extends JsonParserDelegate {

    private final TokenCheck check;

    CheckedParser(JsonParser parser, TokenCheck check) {
        super(parser);
        this.check = check;
    }

    @Override
    public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (token != null) {
            check.check(token);
        }
        return token;
    }
}
