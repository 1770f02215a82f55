#pragma once

// Public SMS PDU test vectors shared by the codec tests. Every entry names its source; the hex is
// copied unchanged from there (upper-cased; byte arrays written as hex). Entries named gm_* were
// generated with python-gammu 3.2 / gammu 1.42.0 (gammu.EncodePDU) for this project.

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <cstring>

namespace rapport::test {

struct PduVector
{
    const char *name;
    const char *hex;
    bool hasSmsc; // the PDU starts with the service-centre field
    const char *source;
};

// clang-format off
inline constexpr std::array pduVectors = {
    PduVector {"mm_pdu1",
        "07912104442961F4040B916171957291F800001120821105050A6AC8B2BC7C9A83C220F6DB7D"
        "2ECB41EDF27C1E3E97411BDE06754FD3D1A0F9BB5D0695F1F4B29B5C2683C6E8B03C3CA697E5"
        "F34D6AE303D1D1F2F7DD0D4ABB59A0797D8C0685E7A00028EC26832A960B28EC2683BE605078"
        "0EBA97D96C17",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu1"},
    PduVector {"mm_pdu2",
        "07919730071111F10414D04937BD2C7797E9D3E6140008113092910240610804420435044104"
        "42",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu2"},
    PduVector {"mm_pdu3",
        "07912143658709F1040B918100551512F20000111010214365000AE8329BFD4697D9EC37",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu3"},
    PduVector {"mm_pdu3_nzpid",
        "07912143658709F1040B918100551512F2FF00111010214365000AE8329BFD4697D9EC37",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu3_nzpid"},
    PduVector {"mm_pdu3_mms",
        "07912143658709F1000B918100551512F20000111010214365000AE8329BFD4697D9EC37",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu3_mms"},
    PduVector {"mm_pdu3_natl",
        "07912143658709F1040B818100551512F20000111010214365000AE8329BFD4697D9EC37",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu3_natl"},
    PduVector {"mm_pdu3_8bit",
        "07912143658709F1040B918100551512F20004111010214365000AE8329BFD4697D9EC37DE",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu3_8bit"},
    PduVector {"mm_dcsf1",
        "07913306091093F0040485810000F111604231805180A049B7F90D9A1AA5A01668F8769BD3E4"
        "B29B9E2EB359A03FC85D06A9C3ED707A0EA2CBC3EE79BB4CA7CBCBA05643617DA7C76990FD4D"
        "979741EE77DD5E0ED741ED371D442E83E0E1F9BC0CD281E677D9B84C06C1DF7539E85C9097E5"
        "20FB9B2E2F83C6EF369C5E064D8D52D0BC2E07DDEF77D7DC2C7799E5A0771D040FCB41F402BB"
        "0047BFDD6550B80ECAD966",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_dcsf1"},
    PduVector {"mm_dcsf_8bit",
        "07912143658709F1040B918100551512F200F4111010214365000AE8329BFD4697D9EC37DE",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_dcsf_8bit"},
    PduVector {"mm_insufficient",
        "07912143658709F1040B918100551512F20000111010214365000BE8329BFD4697D9EC37",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_insufficient_data"},
    PduVector {"mm_udhi",
        "07911356131313F64004850120390011609232239180A006080400100201D7327BFD6EB340E2"
        "321BF46E83EA7790F59D1E97DBE1341B442F83C465763D3DA797E56537C81D0ECB41AB59CC16"
        "93C16031D96C064241E5656838AF03A96230982A269BCD462917C8FA4E8FCBED709A0D7ABBE9"
        "F6B0FB5C7683D27350984D4FABC9A0B33C4C4FCF5D20EBFB2D079DCB62793DBD06D9C36E50FB"
        "2D4E97D9A0B49B5E96BBCB",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_udhi (KPN welcome message)"},
    PduVector {"mm_multipart1",
        "07912160130320F5440B916171056429F5000021405291650569A00500034C0201A9E8F41C94"
        "9E83C2207B599E07B1DFEE33885E9ED341E4F23C7D7697C920FA1B54C697E5E3F4BC0C6AD7D9"
        "F434081E96D341E3303C2C4EB3D3F4BC0B94A483E6E8779D4D06CDD1EF3BA80E0785E7A0B7BB"
        "0C6A97E7F3F0B9CC02B9DF7450780EA2DFDF2C50780EA2A3CBA0BA9B5C96B3F369F71954768F"
        "DFE4B4FB0C9297E1F2F2BCECA6CF41",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_multipart hexpdu1"},
    PduVector {"mm_multipart2",
        "07912160130320F6440B916171056429F5000021405291651569320500034C0202E9E8301D44"
        "479741F0B09C3E0785E56590BCCC0ED3CB6410FD0D7ABBCBA0B0FB4D4797E52E10",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_multipart hexpdu2"},
    PduVector {"mm_stored_by_us",
        "002100098136397339F70008224F60597D4F60597D4F60597D4F60597D4F60597D4F60597D4F"
        "60597D4F60597D4F60",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_stored_by_us"},
    PduVector {"mm_not_stored",
        "07914356060013F1065A098136397339F7219011700463802190117004638030",
        true, "ModemManager src/tests/test-sms-part-3gpp.c test_pdu_not_stored"},
    PduVector {"of_simple_deliver",
        "07911326040000F0040B911346610089F60000208062917314480CC8F71D14969741F977FD07",
        true, "oFono unit/test-sms.c simple_deliver"},
    PduVector {"of_alnum_sender",
        "0791447758100650040DD0F334FC1CA6970100008080312170224008D4F29CDE0EA7D9",
        true, "oFono unit/test-sms.c alnum_sender"},
    PduVector {"of_unicode_deliver",
        "04819999990414D0FBFD7EBFDFEFF77BFE1E0019512090801361807E00DC00FC00C400E400D6"
        "00F600C500E500D800F800C600E600C700E700C900E900CA00EA00DF00310032003300340035"
        "00360037003800390030002000540068006900730020006D0065007300730061006700650020"
        "0069007300200036003300200075006E00690063006F00640065002000630068006100720073"
        "002E",
        true, "oFono unit/test-sms.c unicode_deliver"},
    PduVector {"of_simple_submit",
        "0011000B916407281553F80000AA0AE8329BFD4697D9EC37",
        true, "oFono unit/test-sms.c simple_submit"},
    PduVector {"of_simple_mwi",
        "07913366002020F8040B913366600600F100C83180706174148000",
        true, "oFono unit/test-sms.c simple_mwi"},
    PduVector {"of_charset_default",
        "0001000B915310101010100000808080604028180E888462C168381E90886442A9582E988C06"
        "C4E9783EA09068442A994EA8946AC56AB95EB0986C46ABD96EB89C6EC7EBF97EC0A070482C1A"
        "8FC8A472C96C3A9FD0A8744AAD5AAFD8AC76CBED7ABFE0B0784C2E9BCFE8B47ACD6EBBDFF0B8"
        "7C4EAFDBEFF8BC7ECFEFFBFF",
        false, "oFono unit/test-sms.c sms_charset_default"},
    PduVector {"of_charset_default_ext",
        "0001000B915310101010100000151BC58602DAA036A9CD6BC3DBF436BE0D705306",
        false, "oFono unit/test-sms.c sms_charset_default_ext"},
    PduVector {"of_ems_udh_1",
        "0041000B915121551532F40000631A0A031906200A032104100A032705040A032E05080A0438"
        "07002B8ACD29A85D9ECFC3E7F21C340EBB41E3B79B1E4EBB41697A989D1EB340E2379BCC02B1"
        "C3F27399059AB7C36C3628EC2683C66FF65B5E2683E8653C1D",
        true, "oFono unit/test-sms.c ems_udh_test_1"},
    PduVector {"of_ems_udh_2",
        "079194712272303351030B915121340195F60000FF80230A030F07230A031806130A031E0A43"
        "0A032E0D830A033D14020A035104F60A0355010600159D9E83D2735018442FCFE98A243DCC4E"
        "97C92C90F8CD26B3407537B92C67A7DD65320B1476934173BA3CBD2ED3D1F277FD8C76299CEF"
        "3B280C92A7CF683A28CC4E9FDD6532E8FE96935D",
        true, "oFono unit/test-sms.c ems_udh_test_2"},
    PduVector {"of_assembly1",
        "038121F340048155550119906041001222048C0500031E0301041804420430043A002C002004"
        "10043B0435043A04410430043D04340440002000200441043B044304480430043B0020043704"
        "3000200434043204350440044C044E0020002004380020002004320441043500200431043E04"
        "3B044C044804350020043F0440043504380441043F043E043B043D044F043B0441044F002000"
        "200433043D0435",
        true, "oFono unit/test-sms.c assembly_pdu1"},
    PduVector {"of_assembly2",
        "038121F340048155550119906041001222048C0500031E03020432043E043C002E000A041D04"
        "30043A043E043D04350446002C0020043D043500200432002004410438043B04300445002004"
        "340430043B043504350020044204350440043F04350442044C002C0020043E043D0020044104"
        "4204400435043C043804420435043B044C043D043E002004320431043504360430043B002004"
        "320020043A043E",
        true, "oFono unit/test-sms.c assembly_pdu2"},
    PduVector {"of_assembly3",
        "038121F340048155550119906041001222044A0500031E0303043C043D043004420443002C00"
        "20043F043E043704300431044B0432000A0434043004360435002C002004470442043E002000"
        "200431044B043B0020043D04300433002E",
        true, "oFono unit/test-sms.c assembly_pdu3"},
    PduVector {"of_prepare_7bit",
        "079153485002020911000C915348870420140000A71154747A0E4ACF41F4F29C9E769F4121",
        true, "oFono unit/test-sms.c expected_no_fragmentation_7bit"},
    PduVector {"of_sr1",
        "06040D91945152991136F00160124130340A0160124130940A00",
        false, "oFono unit/test-sms.c test_sr_assembly sr_pdu1"},
    PduVector {"of_sr2",
        "06050D91945152991136F00160124130640A0160124130450A00",
        false, "oFono unit/test-sms.c test_sr_assembly sr_pdu2"},
    PduVector {"of_sr3",
        "0606098121436587F9019012413064A0019012413045A000",
        false, "oFono unit/test-sms.c test_sr_assembly sr_pdu3"},
    PduVector {"of_wap_push_1",
        "0791947122725014440185F039F501801140311480720605040B8423F00106246170706C6963"
        "6174696F6E2F766E642E7761702E6D6D732D6D65737361676500AF84B4868C82984F67514B4B"
        "42008D9089088045726F74696B009650696E2D557073008A808E0240008805810303F4808368"
        "7474703A2F2F657073332E64652F4F2F5A39495A4F00",
        true, "oFono unit/test-sms.c wap_push_1"},
    PduVector {"pg_test2",
        "06917228195339040B917228214365F700003130805120618005D4F29C2E03",
        true, "python-gsmmodem test/test_pdu.py test_decode (\"Test2\")"},
    PduVector {"pg_easy",
        "07915892000000F0040B915892214365F700007040213252242331493A283D0795C3F33C88FE"
        "06C9CB6132885EC6D341EDF27C1E3E97E7207B3A0C0A5241E377BB1D7693E72E",
        true, "python-gsmmodem test/test_pdu.py test_decode (\"It is easy ...\")"},
    PduVector {"pg_at_ext",
        "06917228195339040B917228214365F70000313062315352800A800D8A5E98D337A910",
        true, "python-gsmmodem test/test_pdu.py test_decode (\"@{t\u00e9st}!\")"},
    PduVector {"pg_submit_3days",
        "07911326040000F0310D0B911326880736F40000A90FF7FBDD454E87CDE1B0DB357EB701",
        true, "python-gsmmodem test/test_pdu.py test_decode (www.diafaan.com)"},
    PduVector {"pg_status",
        "0006D60B911326880736F4111011719551401110117195714000",
        true, "python-gsmmodem test/test_pdu.py test_decode (status report, reference 214)"},
    PduVector {"pg_total1",
        "0591721891F1400781721881F800003160526104848059050003C30101916536FB1DCABEEB20"
        "74D85E064941B19CAB060319A5C522289C96D3D3ED32286C0FA7D96131BBEC024941B19CAB06"
        "03DDD36C36A88C87A7E565D0DB0D82C55EB0DB4B068BCD5C20",
        true, "python-gsmmodem test/test_pdu.py test_decode (concatenation with total 1)"},
    PduVector {"pg_ucs2_submit",
        "07914346466554F601000B914316565811F9000806304253F68449",
        true, "python-gsmmodem test/test_pdu.py test_decode (valid UCS-2 PDU)"},
    PduVector {"pg_udl_too_long",
        "0041010C910661345542F60008A0050003000301306F3044",
        true, "python-gsmmodem test/test_pdu.py test_decode (\"user data length is invalid\")"},
    PduVector {"pg_8bit_submit",
        "0591721891F101000B917228214365F700040C48656C6C6F20776F726C6421",
        true, "python-gsmmodem test/test_pdu.py test_decode (8-bit data coding)"},
    PduVector {"pg_absolute",
        "0019000B917228001011F100003170013193008017D474BB3CA787DB70903DCC4E93D3F43C88"
        "5E9ED301",
        true, "python-gsmmodem test/test_pdu.py test_decode (absolute validity period)"},
    PduVector {"pg_zte_status",
        "0297F1061C0F910B487228297020F5317062419272803170624192138000",
        true, "python-gsmmodem test/test_pdu.py test_decode (ZTE status report)"},
    PduVector {"pg_hello_world",
        "0001000B917228001011F100000CC8329BFD065DDF72363904",
        true, "python-gsmmodem test/test_pdu.py test_encodeSmsSubmit (\"Hello World!\")"},
    PduVector {"pg_chinese_52w",
        "07914400000000F01100099121436587F90008F40A4E16754C60A8597DFF01",
        true, "python-gsmmodem test/test_pdu.py test_encodeSmsSubmit (52 weeks)"},
    PduVector {"pg_national",
        "04A12143F5310D0AA110624521430000A91BD4F29C0E6A97E7F3F0B9AC03B1DFE3301BE4AEB7"
        "C565F91C",
        true, "python-gsmmodem test/test_pdu.py test_encodeSmsSubmit (local numbers)"},
    PduVector {"pg_concat1",
        "0045000B915121551532F40000A0050003000301986F79B90D4AC3E7F53688FC66BFE5A0799A"
        "0E0AB7CB741668FC76CFCB637A995E9783C2E4343C3D4F8FD3EE33A8CC4ED359A079990C22BF"
        "41E5747DDE7E9341F4721BFE9683D2EE719A9C26D7DD74509D0E6287C56F791954A683C86FF6"
        "5B5E06B5C36777181466A7E3F5B0AB4A0795DDE936284C06B5D3EE741B642FBBD3E1360B14AF"
        "A7DD",
        true, "python-gsmmodem test/test_pdu.py test_encodeSmsSubmit_concatenated part 1"},
    PduVector {"pg_concat2",
        "0045000B915121551532F40000A0050003000302DE73BABC4E0695F165F9384D0FD3D36F37A8"
        "CE6687DBE337881D16BFE5E939C89D9EA741753A28CC4EC7EB6938A88C0795C3A0F1BBDD7E93"
        "DFA0F1DB3D2FC7EB61BA8B584FCF41E13ABD0C4ACBEBF23288FC66BFE5A0B41B242FC3E56574"
        "D94D2ECBD37450DA0DB2BFD975383D4C2F83EC65769A0E2ACFE765D038CD66D7DB20F29BFD2E"
        "83CA",
        true, "python-gsmmodem test/test_pdu.py test_encodeSmsSubmit_concatenated part 2"},
    PduVector {"pg_concat3",
        "0045000B915121551532F400008C050003000303EA2073FD9C0ED341EE3A9B1D06C1C3F27498"
        "5E97BB8AF871194E2FD7E5A079DA4D07BDC7E370791CA683C675789A1CA687E920F7DB0D82CB"
        "DF6972D94D6781E675371D947683C675363C0C8AD7D3A0B7D99C1EA7C32072795E96D7DD7450"
        "FBCD66A7E9A0B03BDD06A5C9A0F29C0E6287C56F79BD0D",
        true, "python-gsmmodem test/test_pdu.py test_encodeSmsSubmit_concatenated part 3"},
    PduVector {"gm_submit_gsm",
        "079144775810065011000C914477000910320000000DC8329BFD060140F7B79C4D06",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_submit_ucs2_emoji",
        "079144775810065011000C9144770009103200080016004800690020D83DDE00002000740068"
        "006500720065",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_deliver_alpha",
        "07914477581006500014D04937BD2C7797E9D3E6140000423010210354000DC8329BFD060140"
        "F7B79C4D06",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_submit_flash",
        "079144775810065011000C9144770009103200F000064676788E0E01",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_submit_ext",
        "079144775810065011000C91447700091032000000121BCA06B5496D5E1BDEA6B7F16D809B32",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_concat16_1",
        "018151000C91447700091032000000A006080412D70201C16030180C0683C16030180C0683C1"
        "6030180C0683C16030180C0683C16030180C0683C16030180C0683C16030180C0683C1603018"
        "0C0683C16030180C0683C16030180C0683C16030180C0683C16030180C0683C16030180C0683"
        "C16030180C0683C16030180C0683C16030180C0683C16030180C0683C16030180C0683C16030"
        "180C0683",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_concat16_2",
        "018151000C914477000910320000001206080412D70202C16030180C06831B14",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_deliver_emoji_split_1",
        "0791447758100650400C914477000910320008423010210354008A050003D702010416041604"
        "1604160416041604160416041604160416041604160416041604160416041604160416041604"
        "1604160416041604160416041604160416041604160416041604160416041604160416041604"
        "1604160416041604160416041604160416041604160416041604160416041604160416041604"
        "16041604160416041604160416",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_deliver_emoji_split_2",
        "0791447758100650400C9144770009103200084230102103540014050003D70202D83DDE0004"
        "160416041604160416",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_fill_header1",
        "018151000C9144770009103200000012008031CD6683C469FA1C0400DDDFF235",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_fill_header3",
        "018151000C9144770009103200000014027000604CB3D920719A3E070140F7B77C0D",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_fill_header4",
        "018151000C91447700091032000000150370014130A6D96C90384D9F8300A0FB5BBE06",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_fill_header5",
        "018151000C9144770009103200000016047002414218D36C36489CA6CF4100D0FD2D5F03",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_fill_header6",
        "018151000C91447700091032000000170500032A02018C69361B244ED3E72000E8FE96AF01",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
    PduVector {"gm_fill_header7",
        "018151000C914477000910320000001806080412340201C6349B0D12A7E9731000747FCBD7",
        true, "generated with python-gammu 3.2 / gammu 1.42.0 (EncodePDU)"},
};
// clang-format on

inline const PduVector &pduVector(const char *name)
{
    for (const PduVector &vector : pduVectors) {
        if (std::strcmp(vector.name, name) == 0)
            return vector;
    }
    qFatal("no PDU test vector named %s", name);
}

inline QByteArray pduVectorHex(const char *name)
{
    return QByteArray(pduVector(name).hex);
}

inline QByteArray pduVectorBytes(const char *name)
{
    return QByteArray::fromHex(pduVector(name).hex);
}

} // namespace rapport::test
