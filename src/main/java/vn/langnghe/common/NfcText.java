package vn.langnghe.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text attribute of every entity is written in NFC ({@link Names}): applied automatically, so no
 * entity, screen or API path can store a decomposed name next to its composed twin.
 */
@Converter(autoApply = true)
public class NfcText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return Names.nfc(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column;
    }
}
