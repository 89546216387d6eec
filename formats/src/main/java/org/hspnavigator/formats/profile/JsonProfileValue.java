package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** A value of a JSON profile document, as read by {@code StrictJson}. */
public final class JsonProfileValue implements ProfileValue {

    private final JsonNode node;

    public JsonProfileValue(JsonNode node) {
        this.node = node;
    }

    @Override
    public boolean isNull() {
        return node.isNull();
    }

    @Override
    public boolean isObject() {
        return node.isObject();
    }

    @Override
    public boolean isArray() {
        return node.isArray();
    }

    @Override
    public boolean isString() {
        return node.isString();
    }

    @Override
    public boolean isNumber() {
        return node.isNumber();
    }

    @Override
    public boolean isBoolean() {
        return node.isBoolean();
    }

    @Override
    public Iterable<String> propertyNames() {
        return node.propertyNames();
    }

    @Override
    public ProfileValue get(String name) {
        JsonNode value = node.get(name);
        return value == null ? null : new JsonProfileValue(value);
    }

    @Override
    public int size() {
        return node.size();
    }

    @Override
    public ProfileValue element(int index) {
        return new JsonProfileValue(node.get(index));
    }

    @Override
    public String stringValue() {
        return node.stringValue();
    }

    @Override
    public BigDecimal decimalValue() {
        return node.decimalValue();
    }

    @Override
    public boolean booleanValue() {
        return node.booleanValue();
    }
}
