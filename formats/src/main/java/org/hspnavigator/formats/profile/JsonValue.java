package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** A value of a JSON document, as read by {@code StrictJson} (numbers exact). */
final class JsonValue implements WrittenValue {

    private final JsonNode node;

    JsonValue(JsonNode node) {
        this.node = node;
    }

    @Override
    public boolean isNull() {
        return node.isNull();
    }

    @Override
    public boolean isString() {
        return node.isString();
    }

    @Override
    public boolean isArray() {
        return node.isArray();
    }

    @Override
    public HotLoopText text() {
        return new HotLoopText(node.stringValue());
    }

    @Override
    public BigDecimal number() {
        return node.isNumber() ? node.decimalValue() : null;
    }

    /** None: a JSON number has been parsed already, and {@link #number()} takes it as it is. */
    @Override
    public long plainWholeNumber() {
        return -1;
    }

    @Override
    public Boolean bool() {
        return node.isBoolean() ? node.booleanValue() : null;
    }
}
