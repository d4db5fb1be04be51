package org.potctl.state.zfs;

/**
 * libnvpair's {@code data_type_t} numbers (include/sys/nvpair.h), as an XDR-packed nvlist writes
 * them, and which of them {@link XdrNvlist} reads as one value or as an array.
 */
final class NvType {

  static final int BOOLEAN = 1;
  static final int BYTE = 2;
  static final int INT16 = 3;
  static final int UINT16 = 4;
  static final int INT32 = 5;
  static final int UINT32 = 6;
  static final int INT64 = 7;
  static final int UINT64 = 8;
  static final int STRING = 9;
  static final int BYTE_ARRAY = 10;
  static final int INT16_ARRAY = 11;
  static final int UINT16_ARRAY = 12;
  static final int INT32_ARRAY = 13;
  static final int UINT32_ARRAY = 14;
  static final int INT64_ARRAY = 15;
  static final int UINT64_ARRAY = 16;
  static final int STRING_ARRAY = 17;
  static final int HRTIME = 18;
  static final int NVLIST = 19;
  static final int NVLIST_ARRAY = 20;
  static final int BOOLEAN_VALUE = 21;
  static final int INT8 = 22;
  static final int UINT8 = 23;
  static final int BOOLEAN_ARRAY = 24;
  static final int INT8_ARRAY = 25;
  static final int UINT8_ARRAY = 26;
  static final int DOUBLE = 27;

  private NvType() {}

  /** Types holding exactly one value. */
  static boolean isScalar(int type) {
    return (type >= BYTE && type <= STRING)
        || type == HRTIME
        || type == BOOLEAN_VALUE
        || type == INT8
        || type == UINT8
        || type == DOUBLE;
  }

  /** Array types, whose zero elements are written as nothing. */
  static boolean isArray(int type) {
    return (type >= BYTE_ARRAY && type <= STRING_ARRAY)
        || type == NVLIST_ARRAY
        || (type >= BOOLEAN_ARRAY && type <= UINT8_ARRAY);
  }

  /** The element type of a counted numeric array ({@code xdr_array}), or -1. */
  static int arrayElement(int type) {
    return switch (type) {
      case INT16_ARRAY -> INT16;
      case UINT16_ARRAY -> UINT16;
      case INT32_ARRAY, BOOLEAN_ARRAY -> INT32;
      case UINT32_ARRAY -> UINT32;
      case INT64_ARRAY -> INT64;
      case UINT64_ARRAY -> UINT64;
      case INT8_ARRAY -> INT8;
      case UINT8_ARRAY -> UINT8;
      default -> -1;
    };
  }
}
