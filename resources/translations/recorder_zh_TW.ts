<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="104"/>
        <source>About Evidence Recorder</source>
        <translation>關於證據記錄器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="110"/>
        <source>Evidence Recorder</source>
        <translation>證據記錄器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="111"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="112"/>
        <source>Hash value (SHA-256) of this program&apos;s code, also written into every recording:</source>
        <translation>本程式程式碼的雜湊值（SHA-256），也寫入每段錄音：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="115"/>
        <source>Free software under the GNU General Public License, version 3 or later ({link}).</source>
        <translation>自由軟體，依 GNU 通用公共授權條款第 3 版或更新版本發布（{link}）。</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="29"/>
        <source>Add a later annotation</source>
        <translation>新增事後補充</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="33"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="34"/>
        <location filename="../../recorder/gui/review/annotate.py" line="65"/>
        <source>Tag</source>
        <translation>標記</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="39"/>
        <source>What you want to add, in your own words</source>
        <translation>用您自己的話寫下要補充的內容</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="40"/>
        <source>At {time} (the playhead)</source>
        <translation>在 {time}（播放位置）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="45"/>
        <source>About the selected {what} at {time}</source>
        <translation>關於 {time} 處選取的{what}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="51"/>
        <source>About an event (select one in the list first)</source>
        <translation>關於某個事件（請先在清單中選擇）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="56"/>
        <source>It will be shown as added later, with today&apos;s date, and kept apart from the recording, which is never changed.</source>
        <translation>它將標明為事後補充並註明今天的日期，與錄音分開保存；錄音本身永不變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="64"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="66"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../recorder/archive/messages.py" line="8"/>
        <source>There is nothing to export: no recording was chosen.</source>
        <translation>沒有可匯出的內容：沒有選擇任何錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="9"/>
        <source>There is no recording in the case “{case}”.</source>
        <translation>案件「{case}」中沒有錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="10"/>
        <source>The recording {session} is still being made. Stop it before exporting.</source>
        <translation>錄音 {session} 仍在進行中。請先停止再匯出。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="13"/>
        <source>The recording {session} is damaged at entry {seq} and cannot be exported. Run “recorder check”.</source>
        <translation>錄音 {session} 在第 {seq} 個項目處損毀，無法匯出。請執行「recorder check」。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="16"/>
        <source>The file {path} already exists. Choose another name; nothing was changed.</source>
        <translation>檔案 {path} 已存在。請換一個名稱；沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="17"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>{path} 所在的資料夾不存在或無法寫入。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="18"/>
        <source>“{recipient}” is not an age public key (it starts with “age1”).</source>
        <translation>「{recipient}」不是 age 公鑰（age 公鑰以「age1」開頭）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="19"/>
        <source>Choose either a recipient key or a passphrase, not both.</source>
        <translation>請選擇接收者公鑰或密碼其中之一，不能兩者都用。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="20"/>
        <source>An extra file for the archive has an unsafe name: {path}.</source>
        <translation>要放入證據包的附加檔案名稱不安全：{path}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="23"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>無法讀取檔案 {path}：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="25"/>
        <source>There is no file {path}: check its name and folder.</source>
        <translation>沒有檔案 {path}：請檢查檔名和所在資料夾。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="26"/>
        <source>The file {path} cannot be read: this user is not allowed to read it.</source>
        <translation>無法讀取檔案 {path}：目前使用者沒有讀取它的權限。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="27"/>
        <source>{path} is not a file: give the evidence package itself (a .zip file).</source>
        <translation>{path} 不是檔案：請給出證據包本身（一個 .zip 檔案）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="28"/>
        <source>The file is not a zip archive (or it is damaged beyond reading).</source>
        <translation>該檔案不是 zip 壓縮檔（或已損毀到無法讀取）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="29"/>
        <source>The evidence package is encrypted. Give the age key file or the export passphrase to open it.</source>
        <translation>證據包已加密。請提供 age 金鑰檔案或匯出時設定的密碼來開啟它。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="32"/>
        <source>The encrypted evidence package cannot be opened with the key or passphrase given.</source>
        <translation>用所提供的金鑰或密碼無法開啟這個加密的證據包。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="35"/>
        <source>The age key given is not a valid age secret key.</source>
        <translation>所提供的不是有效的 age 私鑰。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="36"/>
        <source>The archive has {count} files; more than {limit} are refused.</source>
        <translation>證據包中有 {count} 個檔案；超過 {limit} 個將被拒絕。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="37"/>
        <source>The archive holds a file with an unsafe name ({name}): absolute, with “..”, or with odd characters.</source>
        <translation>證據包中有名稱不安全的檔案（{name}）：絕對路徑、含「..」或含異常字元。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="40"/>
        <source>The archive holds the name {name} more than once.</source>
        <translation>證據包中名稱 {name} 出現了不止一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="41"/>
        <source>The archive member {name} is a link or a special file, not a plain file.</source>
        <translation>證據包中的 {name} 是連結或特殊檔案，不是一般檔案。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="42"/>
        <source>The archive member {name} uses zip encryption, which is not allowed.</source>
        <translation>證據包中的 {name} 使用了 zip 加密，這是不允許的。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="43"/>
        <source>The archive member {name} uses an unsupported compression method.</source>
        <translation>證據包中的 {name} 使用了不支援的壓縮方式。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="44"/>
        <source>The archive member {name} is larger than this verifier accepts.</source>
        <translation>證據包中的 {name} 超過了本驗證程式接受的大小。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="45"/>
        <source>The archive member {name} expands far beyond its stored size (a decompression bomb); refused.</source>
        <translation>證據包中的 {name} 解壓縮後遠大於其儲存大小（解壓縮炸彈），已拒絕。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="48"/>
        <source>The archive member {name} is damaged and cannot be read.</source>
        <translation>證據包中的 {name} 已損毀，無法讀取。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="49"/>
        <source>The zip structure around {name} has been altered (headers, dates, modes or bytes between files differ from how the archive was written).</source>
        <translation>{name} 周圍的 zip 結構已被改動（檔頭、日期、權限或檔案之間的位元組與寫入時不同）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="54"/>
        <source>The archive member {name} is not as long as the archive says.</source>
        <translation>證據包中的 {name} 的長度與證據包中記載的不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="57"/>
        <source>The file {name} is missing from the archive.</source>
        <translation>證據包中缺少檔案 {name}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="58"/>
        <source>The file {name} is in the archive but not listed in SHA256SUMS.</source>
        <translation>檔案 {name} 在證據包中，但沒有列在 SHA256SUMS 中。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="65"/>
        <source>The file {name} does not match its SHA-256 in SHA256SUMS.</source>
        <translation>檔案 {name} 與 SHA256SUMS 中記載的 SHA-256 不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="66"/>
        <source>SHA256SUMS line {line} is not in the form “&lt;hash&gt;  &lt;file&gt;”.</source>
        <translation>SHA256SUMS 第 {line} 行不符合「&lt;雜湊值&gt;  &lt;檔案&gt;」的格式。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="67"/>
        <source>SHA256SUMS lists {name} more than once.</source>
        <translation>SHA256SUMS 中 {name} 出現了不止一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="68"/>
        <source>The vault&apos;s public key ({name}) cannot be read.</source>
        <translation>無法讀取證據庫的公鑰（{name}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="69"/>
        <source>The signature {name} over SHA256SUMS does not verify with identity.pem.</source>
        <translation>SHA256SUMS 的簽章 {name} 無法用 identity.pem 驗證通過。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="70"/>
        <source>The SSH signature {name} over SHA256SUMS is wrong: {why}.</source>
        <translation>SHA256SUMS 的 SSH 簽章 {name} 有誤：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="71"/>
        <source>The key file {name} does not hold the same key as {other}.</source>
        <translation>金鑰檔案 {name} 與 {other} 中的金鑰不同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="72"/>
        <source>The manifest is not valid: {why}.</source>
        <translation>清單無效：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="73"/>
        <source>The archive was made by a newer version of this app (format {version}). Please update.</source>
        <translation>該證據包由較新版本的程式產生（格式 {version}）。請更新程式。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="76"/>
        <source>{name}, line {line}: {what}.</source>
        <translation>{name} 第 {line} 行：{what}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="77"/>
        <source>{name}, line {line}: the line is too long to be an entry.</source>
        <translation>{name} 第 {line} 行：該行太長，不可能是一個項目。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="78"/>
        <source>{name} does not end with a line break (cut short?).</source>
        <translation>{name} 沒有以換行結尾（是否被截斷？）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="79"/>
        <source>{name} holds no entry.</source>
        <translation>{name} 中沒有任何項目。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="80"/>
        <source>{name} holds the recording {found}, not {expected}.</source>
        <translation>{name} 中是錄音 {found}，而不是 {expected}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="81"/>
        <source>The recording {session} was made in a vault with another key than the one that signed this archive.</source>
        <translation>錄音 {session} 來自另一個證據庫，其金鑰與為本證據包簽章的金鑰不同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="85"/>
        <source>The session key file {name} is not the key named in the recording&apos;s first entry.</source>
        <translation>錄音金鑰檔案 {name} 不是錄音第一個項目中寫明的金鑰。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="88"/>
        <source>The audio file {name} does not have the expected WAV header.</source>
        <translation>音訊檔案 {name} 的 WAV 檔頭與預期不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="89"/>
        <source>The audio file {name} holds {found} samples where the journal records {expected}.</source>
        <translation>音訊檔案 {name} 中有 {found} 個取樣，而日誌記載的是 {expected} 個。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="93"/>
        <source>The audio file {name} is {found} bytes long where the {frames} samples the journal records take {expected}.</source>
        <translation>音訊檔案 {name} 長 {found} 位元組，而日誌記載的 {frames} 個取樣應佔 {expected} 位元組。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="97"/>
        <source>The audio of {name} does not line up with the audio blocks the journal records ({count} left unmatched).</source>
        <translation>{name} 的音訊與日誌記載的音訊區塊對不上（有 {count} 個未能對應）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="101"/>
        <source>Audio block {seq} (at {offset} in {name}) does not match the hash recorded at capture.</source>
        <translation>音訊區塊 {seq}（位於 {name} 的 {offset} 處）與錄製時記下的雜湊值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="104"/>
        <source>The audio parts of recording {session} do not follow each other.</source>
        <translation>錄音 {session} 的各段音訊不連續。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="105"/>
        <source>The attachment {name} (entry {seq}) does not match the hash recorded at capture.</source>
        <translation>附件 {name}（第 {seq} 個項目）與錄製時記下的雜湊值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="108"/>
        <source>The attachment of entry {seq} in recording {session} is missing.</source>
        <translation>錄音 {session} 中第 {seq} 個項目的附件缺失。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="109"/>
        <source>Recording {session} is a call in two tracks, but the manifest does not describe the other party&apos;s track.</source>
        <translation>錄音 {session} 是分為兩個音軌的通話，但清單沒有描述對方的音軌。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="113"/>
        <source>The manifest describes recording {session} as a call in two tracks, but its journal has one track.</source>
        <translation>清單把錄音 {session} 描述為分為兩個音軌的通話，但其日誌只有一個音軌。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="116"/>
        <source>The alignment data {name} is not the one derived from the journal of recording {session}.</source>
        <translation>對齊資料 {name} 與根據錄音 {session} 的日誌推導出的不一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="119"/>
        <source>The listening copy {name} is not the one derived from the two tracks of recording {session}.</source>
        <translation>試聽副本 {name} 與根據錄音 {session} 的兩個音軌推導出的不一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="122"/>
        <source>The manifest says {what} for recording {session}, but the journal shows otherwise.</source>
        <translation>清單中錄音 {session} 的{what}與日誌所示不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="125"/>
        <source>The facts in report.html for recording {session} do not agree with the journal: {fact} is stated as {stated}; the journal gives {computed}.</source>
        <translation>report.html 中錄音 {session} 的事實與日誌不一致：{fact} 寫的是 {stated}，日誌得出的是 {computed}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="130"/>
        <source>report.html does not carry its facts in a readable form.</source>
        <translation>report.html 中的事實無法以可讀的形式取出。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="131"/>
        <source>report.html is not in the one form the format gives it: exactly one script element, its facts, in canonical JSON.</source>
        <translation>report.html 不符合格式規定的唯一形式：只能有一個 script 元素，即其中的事實，且須為規範 JSON。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="135"/>
        <source>{name} is listed in SHA256SUMS, but the manifest does not say what it is.</source>
        <translation>{name} 列在 SHA256SUMS 中，但清單沒有說明它是什麼。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="138"/>
        <source>Recording {session}: {what}</source>
        <translation>錄音 {session}：{what}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="139"/>
        <source>its trusted time stamps cannot be read ({why}); they prove nothing.</source>
        <translation>其可信時間戳記無法讀取（{why}），不能證明任何事。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="141"/>
        <source>nested too deeply</source>
        <translation>巢狀層數過多</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="142"/>
        <source>a library it uses stopped on this data</source>
        <translation>它使用的一個程式庫在處理這些資料時中止了</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="143"/>
        <source>too large to hold in memory</source>
        <translation>太大，無法在記憶體中處理</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="144"/>
        <source>an error it did not expect</source>
        <translation>一個意料之外的錯誤</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="145"/>
        <source>The verifier met something in {name} it cannot interpret ({why}); the archive is not accepted.</source>
        <translation>驗證程式在 {name} 中遇到了無法解讀的內容（{why}）；此證據包不被接受。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="150"/>
        <source>Every file in the archive is listed in SHA256SUMS and matches its SHA-256 ({count} files).</source>
        <translation>證據包中的每個檔案都列在 SHA256SUMS 中，且與其 SHA-256 相符（共 {count} 個檔案）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="153"/>
        <source>SHA256SUMS is signed by the vault key {fingerprint} (raw Ed25519 and SSH signature). Compare this fingerprint with the one the owner gave you: the archive itself cannot prove whose key it is.</source>
        <translation>SHA256SUMS 由證據庫金鑰 {fingerprint} 簽章（原始 Ed25519 簽章和 SSH 簽章）。請將此金鑰指紋與擁有者給您的金鑰指紋核對：證據包本身無法證明這是誰的金鑰。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="158"/>
        <source>Recording {session}: all {entries} entries are present and linked in one hash chain; every checkpoint and the seal are signed by the recording&apos;s own key, which was made in the vault {fingerprint}.</source>
        <translation>錄音 {session}：全部 {entries} 個項目齊全，並連成一條雜湊鏈；每個檢查點和封存項目都由該錄音自己的金鑰簽章，該金鑰產生於證據庫 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="163"/>
        <source>Recording {session}: the audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>錄音 {session}：音訊（{seconds} 秒）與錄下的聲音完全一致：每個音訊區塊都與錄製當時寫下的雜湊值相符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="168"/>
        <source>Recording {session}: all {entries} entries are present and linked in one hash chain; its start and every checkpoint are signed by the recording&apos;s own key, which was made in the vault {fingerprint}. It has no seal.</source>
        <translation>錄音 {session}：全部 {entries} 個項目齊全，並連成一條雜湊鏈；開始項目和每個檢查點都由該錄音自己的金鑰簽章，該金鑰產生於證據庫 {fingerprint}。該錄音沒有封存項目。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="173"/>
        <source>Recording {session}: the first {seconds} s of audio, which a signature covers, are exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>錄音 {session}：有簽章涵蓋的前 {seconds} 秒音訊與錄下的聲音完全一致：每個音訊區塊都與錄製當時寫下的雜湊值相符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="193"/>
        <source>Recording {session} was sealed at {end} ({reason}).</source>
        <translation>錄音 {session} 於 {end} 封存（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="200"/>
        <source>Recording {session} is a call in two tracks: me, the microphone “{me}”, and the other party, what the computer played on “{other}”.</source>
        <translation>錄音 {session} 是分為兩個音軌的通話：我方，即麥克風「{me}」；對方，即電腦在「{other}」上播放的聲音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="205"/>
        <source>Recording {session}: the other party&apos;s audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>錄音 {session}：對方的音訊（{seconds} 秒）與錄下的聲音完全一致：每個音訊區塊都與錄製當時寫下的雜湊值相符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="210"/>
        <source>Recording {session}: the clocks of the two devices were measured {ppm} ppm apart; the tracks are aligned by the capture time of each block, not by counting samples, and {name} is exactly what the journal gives.</source>
        <translation>錄音 {session}：測得兩個裝置的時鐘相差 {ppm} ppm；兩個音軌按每個音訊區塊的錄製時間對齊，而不是按取樣數對齊；{name} 與日誌所給出的完全一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="216"/>
        <source>Recording {session}: {ppm} ppm is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</source>
        <translation>錄音 {session}：{ppm} ppm 遠遠超出裝置時鐘之間的差別（通常為幾十 ppm，最多幾百 ppm）：該測量值還包含了某條音軌擷取時間的跳變（例如電腦把聲音轉到另一個輸出裝置時），因此並不只反映時鐘的差別。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="222"/>
        <source>Recording {session}: no difference between the clocks of the two devices could be measured; the tracks are aligned by the capture time of each block, and {name} is exactly what the journal gives.</source>
        <translation>錄音 {session}：無法測出兩個裝置時鐘之間的差異；兩個音軌按每個音訊區塊的錄製時間對齊；{name} 與日誌所給出的完全一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="227"/>
        <source>Recording {session}: {name} is a stereo listening copy derived from the two tracks (left: me, right: the other party), exactly as the rule derives it; the two tracks are the evidence.</source>
        <translation>錄音 {session}：{name} 是由兩個音軌推導出的立體聲試聽副本（左聲道：我方，右聲道：對方），與規則推導的結果完全一致；證據是這兩個音軌本身。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="232"/>
        <source>Recording {session} is NOT a live recording: its source is “{source}” ({kind}).</source>
        <translation>錄音 {session} 不是現場錄音：其來源是「{source}」（{kind}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="235"/>
        <source>Recording {session} has %n recorded gaps in its audio.</source>
        <translation>
            <numerusform>錄音 {session} 的音訊中有 %n 處已記錄的中斷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="236"/>
        <source>Recording {session}: %n attachments are byte-identical to what was recorded.</source>
        <translation>
            <numerusform>錄音 {session}：%n 個附件與錄製時逐位元組相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="239"/>
        <source>Recording {session}: %n later annotations, signed by the vault key, added after the recording.</source>
        <translation>
            <numerusform>錄音 {session}：有 %n 則事後補充，由證據庫金鑰簽章，在錄音之後新增。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="257"/>
        <source>Recording {session}: %n further files (such as trusted timestamps) were not checked by this verifier; they are covered by SHA256SUMS.</source>
        <translation>
            <numerusform>錄音 {session}：另有 %n 個檔案（如可信時間戳記）未經本驗證程式檢查；它們受 SHA256SUMS 保護。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="245"/>
        <source>The facts stated in report.html agree with the journal.</source>
        <translation>report.html 中陳述的事實與日誌一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="59"/>
        <source>…and %n more files are in the archive but not listed in SHA256SUMS.</source>
        <translation>
            <numerusform>……另有 %n 個檔案在證據包中，但未列在 SHA256SUMS 裡。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="62"/>
        <source>…and %n more files listed in SHA256SUMS are missing from the archive.</source>
        <translation>
            <numerusform>……另有 %n 個列在 SHA256SUMS 裡的檔案不在證據包中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="178"/>
        <source>Recording {session}: the last %n entries, after entry {last} (the last signed one, at {signed_end}), and the {seconds} s of audio they hold are hash-chained but NOT signed: anyone who held the file before it was exported could have appended them. The report&apos;s facts leave them out.</source>
        <translation>
            <numerusform>錄音 {session}：項目 {last}（最後一個有簽章的項目，時間 {signed_end}）之後的最後 %n 個項目及其中的 {seconds} 秒音訊已鏈入雜湊鏈，但沒有簽章：匯出之前持有該檔案的任何人都可能追加了它們。報告中的事實不包括它們。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="186"/>
        <source>Stated by the owner at export, not proven: which recordings make up the case (an archive cannot show that no recording was left out), the time zone the report uses for local times (UTC{offset}), and the dates of later annotations (the owner&apos;s device clock), except for a review sitting a trusted time stamp covers (stated above).</source>
        <translation>由擁有者在匯出時聲明、未經證明的內容：本案包含哪些錄音（證據包無法證明沒有遺漏任何錄音）、報告中本地時間所用的時區（UTC{offset}），以及事後註記的日期（擁有者裝置的時鐘），但有可信時間戳記涵蓋的檢視除外（見上文）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="194"/>
        <source>Recording {session} ended by interruption at {end}; the last %n entries are hash-chained but not signed.</source>
        <translation>
            <numerusform>錄音 {session} 於 {end} 因中斷而結束；最後 %n 個項目已鏈入雜湊鏈但未簽章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="246"/>
        <source>report.pdf carries the same facts as report.html (in its metadata, compared byte for byte); its pages are a rendering of the report and are not compared.</source>
        <translation>report.pdf 帶有與 report.html 相同的事實（在其中繼資料中，逐位元組比對）；其頁面是報告的排版呈現，未作比對。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="251"/>
        <source>report.pdf does not carry the facts of report.html: {what}.</source>
        <translation>report.pdf 未帶有 report.html 的事實：{what}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="252"/>
        <source>Not proven: the times come from the recording device&apos;s own clock; no trusted timestamp shows when the recording existed.</source>
        <translation>未能證明：時間來自錄音裝置自身的時鐘；沒有可信時間戳記證明錄音何時已存在。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="264"/>
        <source>Not proven: that the events recorded were not staged, or that what was said is true. The signatures show the recording was not changed after capture, not who holds the key.</source>
        <translation>未能證明：所記錄的事件不是事先安排的，或所說的話屬實。簽章只能證明錄音在錄製後未被改動，不能證明金鑰由誰持有。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/imports.py" line="52"/>
        <source>Import {session}: %n files imported on {when}, NOT recorded by this app (source stated: “{source}”). Their content before the import is not proven by this app; from the import on, the files are byte-identical to what was imported.</source>
        <translation>
            <numerusform>匯入批次 {session}：{when} 匯入了 %n 個檔案，並非本軟體錄製（使用者所述來源：「{source}」）。本軟體不能證明其匯入之前的內容；自匯入起，這些檔案與匯入時逐位元組一致。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="60"/>
        <source>The imported file {name} (entry {seq}) does not match the hash recorded at its import.</source>
        <translation>匯入的檔案 {name}（第 {seq} 筆）與匯入時記錄的雜湊值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="63"/>
        <source>The derived rows {name} (entry {seq}) do not match the hash recorded at the import.</source>
        <translation>衍生的紀錄 {name}（第 {seq} 筆）與匯入時記錄的雜湊值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="66"/>
        <source>Import {session}: the rows of entry {seq} could not be derived again from the imported original ({what}).</source>
        <translation>匯入批次 {session}：無法由匯入的原件重新得出第 {seq} 筆的紀錄（{what}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="70"/>
        <source>Import {session}: {rows} call rows were read from a screenshot and confirmed or corrected by the user; they are the user&apos;s reading of the image, not derived again by the verifier.</source>
        <translation>匯入批次 {session}：{rows} 筆通話紀錄讀自截圖，並經使用者確認或更正；這是使用者對圖片的解讀，驗證程式不會重新得出。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="75"/>
        <source>Import {session}: {rows} call-log rows were decrypted from an encrypted iPhone backup with its passphrase, which the package does not hold: the encrypted originals are checked, the rows could not be derived again.</source>
        <translation>匯入 {session}：{rows} 筆通話紀錄列是用備份密碼從加密的 iPhone 備份中解密得到的，證據包不含該密碼：已核對加密的原件，但這些列無法再次衍生。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="80"/>
        <source>Import {session}: the {rows} call-log rows were parsed again from the imported original (parser {parser}, version {version}) and are identical; the call and message figures in the report were recomputed from them.</source>
        <translation>匯入批次 {session}：已由匯入的原件重新解析出 {rows} 筆通話紀錄（解析器 {parser}，版本 {version}），結果完全一致；報告中的通話與簡訊數字均據此重新計算。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="25"/>
        <source>Marks {session}: on {when} the owner marked {numbers} (their own statement of whose numbers these are, not proven by anything).</source>
        <translation>標記 {session}：擁有者於 {when} 標記了 {numbers}（這是擁有者本人對號碼歸屬的陳述，沒有任何證明）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="30"/>
        <source>The report&apos;s call and message figures of the case differ from those recomputed from the imported logs and marks: {fact} is stated as {stated}, recomputed as {computed}.</source>
        <translation>報告中本案的通話和簡訊數字與根據匯入的紀錄和標記重新計算的結果不同：{fact} 報告為 {stated}，重新計算為 {computed}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="24"/>
        <source>Excerpt {name} holds exactly the samples of recording {session} from frame {start} to {end} ({seconds} s); its Opus copy is only derived from it (for playing), not proven to sound the same.</source>
        <translation>片段 {name} 正是錄音 {session} 第 {start} 至 {end} 幀的樣本（{seconds} 秒）；其 Opus 副本只是由它衍生的（供播放），並未證明聽起來完全相同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="29"/>
        <source>Excerpt {name} does not hold the samples its manifest entry states: it was changed.</source>
        <translation>片段 {name} 中的樣本與清單所寫的不符：它已被改動。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="32"/>
        <source>Excerpt {name} is not the samples of recording {session} from frame {start} to {end}.</source>
        <translation>片段 {name} 不是錄音 {session} 第 {start} 至 {end} 幀的樣本。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="35"/>
        <source>Excerpt {name} names recording {session}, whose audio this archive does not hold at those frames.</source>
        <translation>片段 {name} 指向錄音 {session}，但本證據包中沒有該錄音在這些幀的音訊。</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="19"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="20"/>
        <source>positional arguments</source>
        <translation>指令和參數</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="21"/>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="22"/>
        <source>show this help message and exit</source>
        <translation>顯示本說明並結束</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="24"/>
        <source>unrecognized arguments: %s</source>
        <translation>無法識別的參數：%s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="25"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下參數：%s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="26"/>
        <source>one of the arguments %s is required</source>
        <translation>需要參數 %s 之一</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="27"/>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="28"/>
        <source>ignored explicit argument %r</source>
        <translation>多餘的參數值 %r 被忽略</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="29"/>
        <source>expected one argument</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>最多需要一個值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="31"/>
        <source>expected at least one argument</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="32"/>
        <source>expected %s argument</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="33"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="34"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="35"/>
        <source>unexpected option string: %s</source>
        <translation>意外的選項：%s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="36"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的值：%(value)r（應為 %(type)s）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="37"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="38"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>無法開啟 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="40"/>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本並結束</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../recorder/gui/banner.py" line="50"/>
        <location filename="../../recorder/gui/banner.py" line="70"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../recorder/cli/common.py" line="26"/>
        <source>Passphrase: </source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="27"/>
        <source>Choose a passphrase: </source>
        <translation>請設定密碼：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="28"/>
        <source>Current passphrase: </source>
        <translation>目前密碼：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="29"/>
        <source>New passphrase: </source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="81"/>
        <source>The first line of {path} is longer than {limit} characters: it is not a passphrase file.</source>
        <translation>{path} 的第一行超過 {limit} 個字元：這不是密碼檔案。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="90"/>
        <source>A passphrase is needed. Give it with --passphrase-file FILE.</source>
        <translation>需要密碼。請用 --passphrase-file 檔案 提供。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="25"/>
        <source>VERIFIED: the evidence package {name} is authentic and complete.</source>
        <translation>驗證通過：證據包 {name} 真實且完整。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="26"/>
        <source>NOT VERIFIED: the evidence package {name} fails the checks below.</source>
        <translation>驗證未通過：證據包 {name} 未通過以下檢查。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="30"/>
        <source>export recordings as one sealed evidence package (zip)</source>
        <translation>把錄音匯出為一個已封存的證據包（zip）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="32"/>
        <source>export every recording of this case</source>
        <translation>匯出此案件的所有錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="35"/>
        <source>restricted-hours rules</source>
        <translation>限制時段規則</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="40"/>
        <source>language of the report (default: the language of the program)</source>
        <translation>報告的語言（預設：程式的語言）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="43"/>
        <source>encrypt to an age public key</source>
        <translation>用 age 公鑰加密</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="44"/>
        <source>encrypt with a passphrase</source>
        <translation>用密碼加密</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="50"/>
        <source>carry a stretch in the package as an excerpt (FROM, TO: h:m:s or a tag); repeatable</source>
        <translation>在證據包中附上一段片段（FROM、TO：時:分:秒 或標籤）；可重複</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="56"/>
        <source>carry excerpt folders made with “recorder excerpt” (one, or a folder of them)</source>
        <translation>附上用「recorder excerpt」製作的片段資料夾（一個，或包含多個片段資料夾的資料夾）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="61"/>
        <source>verify an evidence package (exit 0 authentic, 1 not)</source>
        <translation>驗證證據包（結束碼 0 表示真實，1 表示不是）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="66"/>
        <source>age key to open an encrypted package</source>
        <translation>用於開啟加密證據包的 age 金鑰</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="77"/>
        <source>A passphrase for the package is needed: give --export-passphrase-file FILE.</source>
        <translation>需要證據包的密碼：請用 --export-passphrase-file 檔案 提供。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="79"/>
        <location filename="../../recorder/cli/archive_cmds.py" line="179"/>
        <source>Passphrase for the evidence package: </source>
        <translation>證據包的密碼：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="80"/>
        <location filename="../../recorder/cli/common.py" line="92"/>
        <source>Type the passphrase again: </source>
        <translation>請再輸入一次密碼：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="101"/>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="53"/>
        <source>Name one recording, or a case with --case NAME.</source>
        <translation>請指定一段錄音，或用 --case 名稱 指定一個案件。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="103"/>
        <source>--export-passphrase-file goes with --encrypt-passphrase.</source>
        <translation>--export-passphrase-file 需與 --encrypt-passphrase 一起使用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/archive_cmds.py" line="116"/>
        <source>%n time stamps that were waiting were obtained and go into the package.</source>
        <translation>
            <numerusform>已取得 %n 個等待中的可信時間戳記，將放入證據包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/archive_cmds.py" line="134"/>
        <source>Exported %n recordings to {path} ({size} bytes). Vault key fingerprint: {fingerprint}</source>
        <translation>
            <numerusform>已將 %n 個錄音匯出到 {path}（{size} 位元組）。證據庫金鑰指紋：{fingerprint}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="156"/>
        <source>{path} is not a regular file: give the evidence package itself (a .zip file).</source>
        <translation>{path} 不是一般檔案：請給出證據包本身（一個 .zip 檔案）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="106"/>
        <source>Recording {session} was interrupted; it was closed at its last intact entry.</source>
        <translation>錄音 {session} 曾中斷；已在最後一個完好的項目處結束。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="63"/>
        <source>Evidence Recorder: record visits and calls as evidence that anyone can verify.</source>
        <translation>證據記錄器：把上門和來電記錄為任何人都能驗證的證據。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="74"/>
        <source>the vault folder (default: $RECORDER_HOME or the user data folder)</source>
        <translation>證據庫資料夾（預設：$RECORDER_HOME 或使用者資料資料夾）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="79"/>
        <source>read the passphrase from the first line of FILE instead of asking for it</source>
        <translation>從 FILE 的第一行讀取密碼，而不是當場詢問</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="84"/>
        <source>the language of the messages (default: the system&apos;s)</source>
        <translation>提示訊息的語言（預設：系統語言）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="86"/>
        <source>open the app already recording</source>
        <translation>開啟程式並立即開始錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="87"/>
        <source>open, record 1 s, seal, check, exit</source>
        <translation>開啟、錄音 1 秒、封存、檢查、結束</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="145"/>
        <source>Stopped before a recording began: nothing was recorded.</source>
        <translation>在錄音開始之前已停止：沒有錄下任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="146"/>
        <source>Stopped by Ctrl-C or SIGTERM before the command finished. Nothing was changed.</source>
        <translation>指令完成之前被 Ctrl-C 或 SIGTERM 停止。沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="22"/>
        <source>recording</source>
        <translation>正在錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="23"/>
        <source>sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="24"/>
        <source>recovered after interruption</source>
        <translation>中斷後已恢復</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="25"/>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="26"/>
        <source>damaged</source>
        <translation>已損毀</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="27"/>
        <source>MISSING (listed in the vault&apos;s ledger, cannot be read)</source>
        <translation>缺失（登記在證據庫的清單中，但無法讀取）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="32"/>
        <source>list recordings (recovers interrupted ones)</source>
        <translation>列出錄音（並恢復中斷的錄音）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="35"/>
        <source>check recordings in the vault</source>
        <translation>檢查證據庫中的錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="63"/>
        <source>No recordings yet.</source>
        <translation>還沒有錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="67"/>
        <source>{id}  {state}</source>
        <translation>{id}  {state}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="70"/>
        <source>{id}  {state}: {problem}</source>
        <translation>{id}  {state}：{problem}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="73"/>
        <source>{id}  {start}  {state}  (case, end and length are locked: give the passphrase to see them)</source>
        <translation>{id}  {start}  {state}  （案件、結束時間和時長已鎖定：輸入密碼後可見）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="82"/>
        <source>{id}  {case}  {start} – {end}  {seconds:.1f} s  {state}  {checked}</source>
        <translation>{id}  {case}  {start} – {end}  {seconds:.1f} 秒  {state}  {checked}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="89"/>
        <source>checked</source>
        <translation>已檢查</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="89"/>
        <source>NOT CHECKED</source>
        <translation>未通過檢查</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="97"/>
        <source>  A call: me {me:.1f} s, the other party {other:.1f} s of audio.</source>
        <translation>  通話：我方 {me:.1f} 秒，對方 {other:.1f} 秒音訊。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="179"/>
        <source>{session}: all checks hold ({entries} entries, {seconds:.1f} s of audio).</source>
        <translation>{session}：所有檢查均通過（{entries} 個項目，{seconds:.1f} 秒音訊）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/session_cmds.py" line="187"/>
        <source>  The last %n entries (after the last signature, before the interruption at {end}) are hash-chained but not signed.</source>
        <translation>
            <numerusform>  最後 %n 個項目（在最後一次簽章之後、{end} 中斷之前）已鏈入雜湊鏈但未簽章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="198"/>
        <location filename="../../recorder/cli/session_cmds.py" line="207"/>
        <source>{session}: CHECK FAILED.</source>
        <translation>{session}：檢查未通過。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="200"/>
        <location filename="../../recorder/cli/session_cmds.py" line="210"/>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="208"/>
        <source>The vault&apos;s ledger</source>
        <translation>證據庫的錄音清單</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="14"/>
        <source>create an evidence vault</source>
        <translation>建立證據庫</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="16"/>
        <source>change the vault passphrase</source>
        <translation>變更證據庫密碼</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="25"/>
        <source>Evidence vault created in {home}.</source>
        <translation>已在 {home} 建立證據庫。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="27"/>
        <source>Keep the passphrase safe: if it is forgotten, the recordings cannot be opened by anyone.</source>
        <translation>請妥善保管密碼：一旦忘記，任何人都無法開啟這些錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="39"/>
        <source>The passphrase was changed. Recordings were not touched.</source>
        <translation>密碼已變更。錄音沒有被改動。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="47"/>
        <source>record from the microphone until Ctrl-C; lines typed become notes, “#word” tags</source>
        <translation>用麥克風錄音直到按 Ctrl-C；輸入的每行成為備註，「#詞語」成為標記</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="49"/>
        <source>the case this recording is for</source>
        <translation>本次錄音所屬的案件</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="50"/>
        <source>stop after S seconds</source>
        <translation>S 秒後停止</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="51"/>
        <source>the input&apos;s name or number (see “devices”)</source>
        <translation>輸入裝置的名稱或編號（見「devices」）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="52"/>
        <source>sample rate (default 48000)</source>
        <translation>取樣率（預設 48000）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="56"/>
        <source>record a test signal instead: “test-tone”, or “file:PATH.wav” (never marked live)</source>
        <translation>改為錄製測試訊號：「test-tone」或「file:路徑.wav」（絕不標記為現場錄音）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="61"/>
        <source>call mode: the microphone (me) and what the computer plays (the other party) as two tracks</source>
        <translation>通話模式：麥克風（我方）與電腦播放的聲音（對方）分為兩條音軌</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="68"/>
        <source>in call mode, the output whose sound is the other party (default: the default output)</source>
        <translation>通話模式下，其聲音為對方的輸出裝置（預設：系統預設輸出）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="72"/>
        <source>list audio inputs</source>
        <translation>列出輸入裝置</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="76"/>
        <source>list the outputs whose sound call mode can record (the other party)</source>
        <translation>列出通話模式可錄製其聲音的輸出裝置（對方）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="89"/>
        <source>Unknown source “{source}”: use “test-tone” or “file:PATH.wav”.</source>
        <translation>未知來源「{source}」：請使用「test-tone」或「file:路徑.wav」。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="92"/>
        <source>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</source>
        <translation>由於意外錯誤，對方的聲音已不再錄製。您的麥克風繼續錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="99"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</source>
        <translation>電腦的聲音（對方）也已無法錄製。兩者一旦恢復都會重新錄製；中斷已被記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="168"/>
        <source>The case name holds bytes that are not text in this system&apos;s encoding. Nothing was recorded: type the name again, or choose another.</source>
        <translation>案件名稱中有不屬於本系統文字編碼的位元組。沒有錄音：請重新輸入名稱，或換一個名稱。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="175"/>
        <source>The case name is empty. Nothing was recorded: give it with --case NAME.</source>
        <translation>案件名稱是空的。沒有錄音：請用 --case 名稱 指定。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="178"/>
        <source>The case name is {length} characters long; at most {limit} are allowed.</source>
        <translation>案件名稱長 {length} 個字元；最多允許 {limit} 個。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="183"/>
        <source>The input&apos;s name holds bytes that are not text: see “recorder devices”.</source>
        <translation>輸入裝置名稱中有不是文字的位元組：請查看「recorder devices」。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="187"/>
        <source>--duration takes a number of seconds above 0 and at most {limit:.0f}.</source>
        <translation>--duration 需要一個大於 0、最多 {limit:.0f} 的秒數。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="194"/>
        <source>--rate takes a sample rate in Hz from 1000 to 384000.</source>
        <translation>--rate 需要 1000 到 384000 之間的取樣率（Hz）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="198"/>
        <source>--stamp-every takes a number of minutes above 0 and at most {limit:.0f}.</source>
        <translation>--stamp-every 需要一個大於 0、最多 {limit:.0f} 的分鐘數。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="224"/>
        <source>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</source>
        <translation>各地關於通話錄音的法律不同：有些地方須經通話各方同意方可錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="230"/>
        <source>--loopback is for call mode: add --call.</source>
        <translation>--loopback 用於通話模式：請加上 --call。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="256"/>
        <source>Recording {session} as a call: me from “{input}”, the other party from “{other}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</source>
        <translation>正在以通話模式錄音 {session}：我方來自「{input}」，對方來自「{other}」。按 Ctrl-C 停止。在這裡輸入的一行文字會成為備註；「#詞語」成為標記。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="267"/>
        <source>Recording {session} from “{input}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</source>
        <translation>正在從「{input}」錄音 {session}。按 Ctrl-C 停止。在這裡輸入的一行文字會成為備註；「#詞語」成為標記。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="303"/>
        <source>Trusted time stamps: {got} obtained, {waiting} waiting for a time-stamp authority.</source>
        <translation>可信時間戳記：已取得 {got} 個，{waiting} 個在等待時間戳記服務。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="421"/>
        <source>Typed lines can no longer be read (standard input failed); recording goes on.</source>
        <translation>無法再讀取輸入的文字（標準輸入出錯）；錄音繼續進行。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="442"/>
        <source>A typed line could not be added to the recording; the next lines are read.</source>
        <translation>有一行輸入的文字未能加入錄音；後面的行會繼續讀取。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="476"/>
        <source>The other party&apos;s sound was not recorded to the end (an unexpected error); your microphone&apos;s was.</source>
        <translation>對方的聲音未能錄到最後（意外錯誤）；您麥克風的聲音已完整錄下。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="493"/>
        <source>Sealed {session}: {seconds:.1f} s of audio; notes: {notes}, tags: {tags}, gaps: {gaps}; fingerprint {fingerprint}.</source>
        <translation>已封存 {session}：{seconds:.1f} 秒音訊；備註 {notes} 則，標記 {tags} 個，中斷 {gaps} 處；校驗碼 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="503"/>
        <source>Saved {session} up to the failure: {seconds:.1f} s of audio. It could not be sealed now and will be marked as interrupted the next time the vault is opened.</source>
        <translation>{session} 已儲存至出錯之時：{seconds:.1f} 秒音訊。現在無法封存，下次開啟證據庫時會標記為已中斷。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/record_cmds.py" line="528"/>
        <source>%n typed lines were not added to the recording (the reasons are above).</source>
        <translation>
            <numerusform>有 %n 行輸入的文字未能加入錄音（原因見上文）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="543"/>
        <source>No audio input was found.</source>
        <translation>沒有找到音訊輸入裝置。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="547"/>
        <source>{mark} {index:&gt;3}  {name}  ({rate} Hz, {api})</source>
        <translation>{mark} {index:&gt;3}  {name}  （{rate} Hz，{api}）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="554"/>
        <source>* the default input</source>
        <translation>* 預設輸入裝置</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="562"/>
        <source>No output whose sound can be recorded was found.</source>
        <translation>未找到可錄製其聲音的輸出裝置。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="570"/>
        <source>{mark} {id}  {name}</source>
        <translation>{mark} {id}  {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="577"/>
        <source>* the default output&apos;s sound, recorded when --loopback is not given</source>
        <translation>* 預設輸出裝置的聲音，未指定 --loopback 時錄製它</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="33"/>
        <source>a time-stamp authority to ask, tried in order (repeat for more; default: settings)</source>
        <translation>要請求的時間戳記服務，依序嘗試（可重複指定多個；預設：設定中的）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="39"/>
        <source>also trust this root certificate for time-stamp tokens (repeatable)</source>
        <translation>同時信任此根憑證簽發的時間戳記權杖（可重複）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="45"/>
        <source>ask 2 different authorities for each stamp</source>
        <translation>每個時間戳記都向 2 個不同的服務請求</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="53"/>
        <source>minutes between time stamps of the newest checkpoint while recording (default 5)</source>
        <translation>錄音時為最新檢查點加蓋時間戳記的間隔分鐘數（預設 5）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="35"/>
        <source>import files (call recordings, screenshots, backups) into a case, sealed</source>
        <translation>將檔案（通話錄音、截圖、備份）匯入案件並封存</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="39"/>
        <source>where the files come from, e.g. “Xiaomi call recorder”</source>
        <translation>檔案來源，例如「小米通話錄音」</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="47"/>
        <source>import a call log or message backup (SMS Backup &amp; Restore XML, CSV template)</source>
        <translation>匯入通話紀錄或簡訊備份（SMS Backup &amp; Restore 的 XML，或 CSV 範本）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="50"/>
        <source>where the backup comes from</source>
        <translation>備份的來源</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="54"/>
        <source>the phone&apos;s time zone, e.g. Asia/Shanghai (default: this computer&apos;s)</source>
        <translation>手機所用時區，例如 Asia/Taipei（預設：本機時區）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="61"/>
        <source>an encrypted iPhone backup&apos;s passphrase, on the first line of FILE</source>
        <translation>加密 iPhone 備份的密碼，寫在 FILE 的第一行</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="69"/>
        <source>mark a number as the collector&apos;s (company, platform, person) or a family member&apos;s</source>
        <translation>將號碼標記為催收方的（公司、平台、人員）或家人的</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="73"/>
        <source>the company that collects, as you know it</source>
        <translation>催收公司（就您所知）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="74"/>
        <source>the lending app or platform of the debt</source>
        <translation>欠款所屬的借貸 App 或平台</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="75"/>
        <source>the person&apos;s name, as given</source>
        <translation>對方自稱的姓名</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="79"/>
        <source>the pattern of calls and messages in a case&apos;s imported logs</source>
        <translation>案件中已匯入通話紀錄的來電與簡訊規律</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="103"/>
        <source>Imported {name} ({size} bytes, SHA-256 {sha256}).</source>
        <translation>已匯入 {name}（{size} 位元組，SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="132"/>
        <source>This iPhone backup is encrypted: give its passphrase with --backup-passphrase-file FILE.</source>
        <translation>此 iPhone 備份已加密：請用 --backup-passphrase-file FILE 提供它的密碼。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="134"/>
        <source>Passphrase of the iPhone backup: </source>
        <translation>iPhone 備份的密碼：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="147"/>
        <source>Imported {path} into “{case}” as import {session}, sealed: {rows} calls and messages read by the {parser} parser, times in {zone}.</source>
        <translation>已將 {path} 匯入「{case}」（匯入批次 {session}），已封存：{parser} 解析器讀出 {rows} 筆通話和簡訊，時間按 {zone}。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="168"/>
        <source>Marked {numbers} in “{case}” ({mark}), signed as marks {session}.</source>
        <translation>已在「{case}」中標記 {numbers}（{mark}），已簽署儲存為標記 {session}。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="182"/>
        <source>the collector&apos;s</source>
        <translation>催收方號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="183"/>
        <source>family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="184"/>
        <source>a colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="185"/>
        <source>another contact</source>
        <translation>其他聯絡人</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="186"/>
        <source>no mark</source>
        <translation>無標記</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="190"/>
        <source>company: {text}</source>
        <translation>公司：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="191"/>
        <source>platform: {text}</source>
        <translation>平台：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="192"/>
        <source>person: {text}</source>
        <translation>人員：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="207"/>
        <source>No call log or messages have been imported into “{case}”.</source>
        <translation>「{case}」中尚未匯入任何通話紀錄或簡訊。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="215"/>
        <source>Times in {zone} (the phone&apos;s time zone, as stated at the import).</source>
        <translation>時間按 {zone}（匯入時所述的手機時區）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="217"/>
        <source>In total: {calls} calls received ({answered} answered, {missed} missed, {rejected} rejected or blocked), {out} calls made, {msg_in} messages received, {msg_out} sent.</source>
        <translation>合計：來電 {calls} 次（接聽 {answered}，未接 {missed}，拒接或封鎖 {rejected}），去電 {out} 次，收到簡訊 {msg_in} 則，發出 {msg_out} 則。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="302"/>
        <source>%n of these calls were read from screenshots and confirmed by you.</source>
        <translation>
            <numerusform>其中 %n 次通話讀自截圖，並經您確認。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="307"/>
        <source>Contacts with numbers marked as family, colleagues or other contacts: {count}.</source>
        <translation>與標記為家人、同事或其他聯絡人的號碼之間的聯絡：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="234"/>
        <source>  {number}{mark}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages</source>
        <translation>  {number}{mark}：來電 {calls} 次（未接 {missed}，拒接 {rejected}），簡訊 {msg_in} 則</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="109"/>
        <source>%n files imported into “{case}” as import {session}, sealed. Their content before the import is not proven by this app; from now on any change is detected.</source>
        <translation>
            <numerusform>已將 %n 個檔案匯入「{case}」（匯入批次 {session}），已封存。本軟體不能證明其匯入之前的內容；從現在起，任何改動都會被發現。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="212"/>
        <source>%n calls or messages present in two imported logs were counted once.</source>
        <translation>
            <numerusform>%n 筆同時出現在兩份匯入紀錄中的通話或簡訊只計一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="247"/>
        <source>  {day}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages received</source>
        <translation>  {day}：來電 {calls} 次（未接 {missed}，拒接 {rejected}），收到簡訊 {msg_in} 則</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="261"/>
        <source>Contacts between {start} and {end} ({rule}): {count}.</source>
        <translation>{start} 至 {end} 之間的聯絡（{rule}）：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="270"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline “{rule}” (at most {limit} a day).</source>
        <translation>{day}：{number} 未接通的來電 {n} 次——超出指引「{rule}」（每天至多 {limit} 次）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="281"/>
        <source>7 days up to {day}: {n} calls from {number} — more than {limit}, exceeds “{rule}”.</source>
        <translation>截至 {day} 的 7 天內：{number} 來電 {n} 次——多於 {limit} 次，超出「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="290"/>
        <source>{when}: a call from {number} within 7 days after a conversation on {talk} — exceeds “{rule}”.</source>
        <translation>{when}：{number} 在 {talk} 通話後 7 天內再次來電——超出「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="299"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>本地區未引用任何規則：僅列出次數，不對照指引。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="17"/>
        <source>Excerpt of {session} written to {path}: {seconds} s, {wav} bytes as WAV, {small} bytes as Opus.</source>
        <translation>錄音 {session} 的片段已寫入 {path}：{seconds} 秒，WAV {wav} 位元組，Opus {small} 位元組。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="20"/>
        <source>VERIFIED: the excerpt is signed and whole.</source>
        <translation>驗證通過：片段有簽章且完整。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="21"/>
        <source>NOT VERIFIED: the excerpt fails the checks below.</source>
        <translation>驗證未通過：片段未通過以下檢查。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="25"/>
        <source>export a stretch of a recording, signed, as a folder</source>
        <translation>把錄音中的一段匯出為附簽章的片段資料夾</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="27"/>
        <source>the recording of this case holding the start tag</source>
        <translation>本案件中含有起點標記的錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="29"/>
        <source>start: h:m:s or a tag</source>
        <translation>起點：時:分:秒 或一個標記</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="31"/>
        <source>end: h:m:s or a tag</source>
        <translation>終點：時:分:秒 或一個標記</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="36"/>
        <source>the full archive of this recording, named in the excerpt</source>
        <translation>該錄音的完整證據包，片段中會註明它</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="40"/>
        <source>check an excerpt folder (exit 0 authentic, 1 not)</source>
        <translation>驗證片段資料夾（結束代碼 0 為真實，1 為否）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="42"/>
        <source>the full archive it was cut from</source>
        <translation>片段所取自的完整證據包</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/complaint_cmds.py" line="13"/>
        <source>Complaint package for {channel} written to {path}: %n files attached, narrative {chars} of {limit} characters.</source>
        <translation>
            <numerusform>{channel} 的申訴資料包已寫入 {path}：附件 %n 個，事情經過 {chars}/{limit} 字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="22"/>
        <source>make a complaint package for one channel from a case</source>
        <translation>為一個申訴管道製作案件的申訴資料包</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="29"/>
        <source>the case&apos;s sealed archive (made now when not given)</source>
        <translation>案件已封存的證據包（未提供時現在產生）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="32"/>
        <source>an excerpt folder to attach</source>
        <translation>要附上的片段資料夾</translation>
    </message>
</context>
<context>
    <name>CallMeters</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="206"/>
        <source>Me</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="207"/>
        <source>The other party</source>
        <translation>對方</translation>
    </message>
</context>
<context>
    <name>CallMode</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="39"/>
        <source>There is no output called “{device}” whose sound can be recorded, so the other party&apos;s sound is not being recorded. Your microphone is recording.</source>
        <translation>沒有名為「{device}」且可錄製其聲音的輸出裝置，因此對方的聲音沒有被錄下。您的麥克風正在錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="45"/>
        <source>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</source>
        <translation>由於意外錯誤，對方的聲音已不再錄製。您的麥克風繼續錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="50"/>
        <source>The other party&apos;s sound (what the computer plays) cannot be recorded here ({reason}), so only your microphone is being recorded.</source>
        <translation>此處無法錄製對方的聲音（即電腦播放的聲音）：{reason}。因此只錄製您的麥克風。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="59"/>
        <source>The computer&apos;s sound (the other party) was lost while the recording is paused. When you resume, your microphone is recorded, and the other party&apos;s sound as soon as it is back; the gap is recorded.</source>
        <translation>錄音暫停期間，電腦的聲音（對方）已中斷。繼續錄音後，您的麥克風會被錄下，對方的聲音一旦恢復也會被錄下；中斷已被記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="68"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</source>
        <translation>電腦的聲音（對方）也已無法錄製。兩者一旦恢復都會重新錄製；中斷已被記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="77"/>
        <source>The other party&apos;s sound is back (“{device}”); it is recorded when you resume.</source>
        <translation>對方的聲音已恢復（「{device}」）；繼續錄音後即會錄下。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="83"/>
        <source>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</source>
        <translation>各地關於通話錄音的法律不同：有些地方須經通話各方同意方可錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="95"/>
        <source>Call recording started (me: {me}; the other party&apos;s sound could not be opened)</source>
        <translation>通話錄音已開始（我方：{me}；對方的聲音無法開啟）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="98"/>
        <source>Call recording started (me: {me}; the other party: {other})</source>
        <translation>通話錄音已開始（我方：{me}；對方：{other}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="102"/>
        <source>The other party&apos;s sound lost ({device}); the gap is recorded</source>
        <translation>對方的聲音已中斷（{device}）；中斷已記錄</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="106"/>
        <source>The other party&apos;s sound is back ({device})</source>
        <translation>對方的聲音已恢復（{device}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="110"/>
        <source>The other party: gap of {seconds} s</source>
        <translation>對方：中斷 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>CallModeHelp</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="233"/>
        <source>Call mode</source>
        <translation>通話模式</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="238"/>
        <source>Call mode records a call you take on this computer (WeChat, QQ, Skype, a softphone) as two tracks of one recording: your microphone (me) and what the computer plays (the other party). Turn on “Call mode” beside Record, then record as usual.</source>
        <translation>通話模式把您在本機上接聽的通話（微信、QQ、Skype、網路電話軟體）錄成同一段錄音中的兩條音軌：您的麥克風（我方）和電腦播放的聲音（對方）。開啟「開始錄音」旁的「通話模式」，然後照常錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="243"/>
        <source>If either sound is lost, the other goes on being recorded and the gap is recorded; the strip at the top says which.</source>
        <translation>任一方的聲音中斷時，另一方繼續錄音，中斷會被記錄；視窗頂端的狀態列會說明是哪一方。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="247"/>
        <source>On macOS, install a virtual output such as BlackHole and send the call&apos;s sound to it (see the README).</source>
        <translation>在 macOS 上，請安裝 BlackHole 等虛擬輸出裝置，並把通話的聲音送到它（見 README）。</translation>
    </message>
</context>
<context>
    <name>CallSwitch</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="151"/>
        <source>☎ Call mode: on</source>
        <translation>☎ 通話模式：開</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="151"/>
        <source>☎ Call mode: off</source>
        <translation>☎ 通話模式：關</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="159"/>
        <source>On: Record records a call on this computer as two tracks, your microphone (me) and what the computer plays (the other party). Chosen before recording starts.</source>
        <translation>開啟後，「開始錄音」會把本機上的通話錄成兩條音軌：您的麥克風（我方）和電腦播放的聲音（對方）。須在開始錄音前選擇。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="163"/>
        <source>Call mode</source>
        <translation>通話模式</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="136"/>
        <source>Calls and messages: {case}</source>
        <translation>通話與簡訊：{case}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="139"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="140"/>
        <location filename="../../recorder/gui/calls_view.py" line="155"/>
        <source>Calls received</source>
        <translation>來電</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="141"/>
        <location filename="../../recorder/gui/calls_view.py" line="156"/>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="142"/>
        <source>Rejected or blocked</source>
        <translation>拒接或封鎖</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="143"/>
        <location filename="../../recorder/gui/calls_view.py" line="157"/>
        <source>Messages received</source>
        <translation>收到簡訊</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="144"/>
        <source>In restricted hours</source>
        <translation>限制時段內</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="145"/>
        <source>Calls received in 7 days</source>
        <translation>7 天內來電</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="150"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="151"/>
        <source>Marked as</source>
        <translation>標記為</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="152"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="153"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="154"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="160"/>
        <source>Mark a number…</source>
        <translation>標記號碼…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="163"/>
        <source>Bars, from the bottom: answered (blue), missed (amber), rejected or blocked (red), messages (grey).</source>
        <translation>長條由下而上：已接聽（藍）、未接（橙）、拒接或封鎖（紅）、簡訊（灰）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="176"/>
        <source>Reading the imported logs…</source>
        <translation>正在讀取匯入的通話紀錄…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="181"/>
        <source>The logs could not be read.</source>
        <translation>無法讀取通話紀錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="188"/>
        <source>No call log or messages have been imported into this case.</source>
        <translation>此案件中尚未匯入任何通話紀錄或簡訊。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="197"/>
        <source>{calls} calls received ({missed} missed, {rejected} rejected or blocked) and {messages} messages, times in {zone} (the phone&apos;s time zone, as stated at the import). Imported, not recorded by this app.</source>
        <translation>來電 {calls} 次（未接 {missed}，拒接或封鎖 {rejected}），簡訊 {messages} 則；時間按 {zone}（匯入時所述的手機時區）。匯入的（非本軟體錄製）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="224"/>
        <source>Contacts between {start} and {end}: {count}.</source>
        <translation>{start} 至 {end} 之間的聯絡：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="232"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</source>
        <translation>{day}：{number} 未接通的來電 {n} 次——超出指引「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="240"/>
        <source>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</source>
        <translation>截至 {day} 的 7 天內：{number} 來電 {n} 次——超出指引「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="248"/>
        <source>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</source>
        <translation>{when}：{number} 在通話後 7 天內再次來電——超出指引「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="255"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>本地區未引用任何規則：僅列出次數，不對照指引。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="260"/>
        <source>the collector&apos;s</source>
        <translation>催收方號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="261"/>
        <source>family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="262"/>
        <source>a colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="263"/>
        <source>another contact</source>
        <translation>其他聯絡人</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="289"/>
        <source>Mark this number…</source>
        <translation>標記此號碼…</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="133"/>
        <source>checked, no problems</source>
        <translation>已檢查，沒有問題</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="133"/>
        <source>check found problems</source>
        <translation>檢查發現問題</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="139"/>
        <source>A call: two tracks, me and the other party</source>
        <translation>通話：兩條音軌，我方和對方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="144"/>
        <source>sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="145"/>
        <source>recording</source>
        <translation>正在錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="146"/>
        <source>recovered after interruption</source>
        <translation>中斷後已恢復</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="147"/>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="148"/>
        <source>damaged</source>
        <translation>已損毀</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="221"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="221"/>
        <source>Cases (unlock to see them)</source>
        <translation>案件（解鎖後可見）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="222"/>
        <source>Recordings</source>
        <translation>錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="222"/>
        <source>Recordings, newest first</source>
        <translation>錄音（最新的在前）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="223"/>
        <source>New case</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="224"/>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="225"/>
        <source>Unlock to see cases and play recordings…</source>
        <translation>解鎖以檢視案件並播放錄音…</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../recorder/core/chain.py" line="263"/>
        <source>signature does not verify</source>
        <translation>簽章驗證不通過</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="264"/>
        <source>the first entry must be, and only the first entry may be, “{kind}”</source>
        <translation>第一個條目必須是、且只有第一個條目可以是「{kind}」</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="266"/>
        <source>has no clock measure (drift), which a call&apos;s checkpoints and seal carry</source>
        <translation>缺少時鐘測量（漂移），而通話錄音的檢查點和封存項目都應帶有它</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="267"/>
        <source>its clock measure (drift) does not match the call&apos;s audio entries before it</source>
        <translation>其時鐘測量（漂移）與通話中此前的音訊項目不符</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="268"/>
        <source>carries a clock measure (drift), which belongs only in a call&apos;s checkpoints and seal after its first track entry</source>
        <translation>帶有時鐘測量（漂移），而只有通話錄音中第一個帶音軌的項目之後的檢查點和封存項目才應帶有它</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="331"/>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="334"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="337"/>
        <source>not in canonical form</source>
        <translation>不是標準格式</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="341"/>
        <source>unknown entry version {version}</source>
        <translation>未知的條目版本 {version}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="345"/>
        <source>has no body</source>
        <translation>缺少內容部分</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="349"/>
        <source>unknown kind {kind}</source>
        <translation>未知的條目類型 {kind}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="352"/>
        <source>has an unknown field {name}</source>
        <translation>含有未知欄位 {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="354"/>
        <location filename="../../recorder/core/chain.py" line="445"/>
        <source>comes after the seal</source>
        <translation>出現在封存之後</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="358"/>
        <source>names an unknown track {track}</source>
        <translation>標明了未知的音軌 {track}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="365"/>
        <source>has no valid time</source>
        <translation>沒有有效的時間</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="373"/>
        <location filename="../../recorder/core/chain.py" line="377"/>
        <location filename="../../recorder/core/chain.py" line="381"/>
        <location filename="../../recorder/core/chain.py" line="460"/>
        <location filename="../../recorder/core/chain.py" line="496"/>
        <source>time runs backwards</source>
        <translation>時間倒退</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="392"/>
        <source>has a malformed payload reference</source>
        <translation>資料參照的格式不正確</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="413"/>
        <source>carries a signature where none belongs</source>
        <translation>帶有不應有的簽章</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="429"/>
        <source>sequence number {seq} where {expected} was expected (missing, repeated or moved entry)</source>
        <translation>序號為 {seq}，而應為 {expected}（條目缺失、重複或被移動）</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="436"/>
        <source>does not link to the previous entry (hash chain broken)</source>
        <translation>沒有連接到前一個條目（雜湊鏈斷裂）</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="440"/>
        <source>belongs to another recording</source>
        <translation>屬於另一個錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="530"/>
        <source>the start entry has no valid session public key</source>
        <translation>開始條目缺少有效的錄音公鑰</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="539"/>
        <source>audio block without a valid length or rate</source>
        <translation>音訊區塊缺少有效的長度或取樣率</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="543"/>
        <source>audio of an unknown track {track}</source>
        <translation>屬於未知音軌 {track} 的音訊</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="548"/>
        <source>audio offset {offset} where {expected} was expected</source>
        <translation>音訊位置為 {offset}，而應為 {expected}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="559"/>
        <source>the sample rate changes within the recording</source>
        <translation>取樣率在錄音中途改變</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="561"/>
        <source>unsupported sample format</source>
        <translation>不支援的取樣格式</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="563"/>
        <source>audio payload size does not match its frame count</source>
        <translation>音訊資料的大小與其樣本數不符</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="9"/>
        <source>“{channel}” is not a channel this app knows: choose one of {known}.</source>
        <translation>“{channel}” 不是本軟體認識的管道：請從 {known} 中選擇。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="10"/>
        <source>The channel file {path} cannot be read: {why}.</source>
        <translation>無法讀取管道檔案 {path}：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="11"/>
        <source>The evidence package {path} does not verify, so no complaint is made from it.</source>
        <translation>證據包 {path} 驗證未通過，因此不用它製作申訴資料。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="14"/>
        <source>The evidence package {path} is not of the case “{case}”.</source>
        <translation>證據包 {path} 不屬於案件 “{case}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="15"/>
        <source>{path} already exists. Choose another folder name; nothing was changed.</source>
        <translation>{path} 已存在。請換一個資料夾名稱；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="16"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>{path} 所在的資料夾不存在或無法寫入。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="17"/>
        <source>{path} is not an excerpt that verifies, so it is not attached.</source>
        <translation>{path} 不是驗證通過的片段，因此不附上。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="19"/>
        <source>The case has no tags: the narrative says only what the recordings and the call log show.</source>
        <translation>本案件沒有標記：事情經過只寫錄音和通話紀錄所顯示的內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="22"/>
        <source>The case has no visitors card: fill in who came yourself in the fields that ask for it.</source>
        <translation>本案件沒有來訪人員資料：請在需要的欄位中自行填寫來訪人員。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="25"/>
        <source>The case has no call log: the package names no collectors&apos; numbers unless the visitors card has them.</source>
        <translation>本案件沒有通話紀錄：除非來訪人員資料中有號碼，資料包中不寫催收號碼。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="28"/>
        <source>{name} is not attached: {why}.</source>
        <translation>{name} 未附上：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="29"/>
        <source>larger than this channel accepts ({size} bytes, at most {limit})</source>
        <translation>超過該管道允許的大小（{size} 位元組，最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="30"/>
        <source>this channel accepts no .{ext} files</source>
        <translation>該管道不接受 .{ext} 檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="31"/>
        <source>this channel accepts at most {limit} files</source>
        <translation>該管道最多接受 {limit} 個檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="32"/>
        <source>the files together would exceed this channel&apos;s {limit} bytes</source>
        <translation>檔案合計將超過該管道的 {limit} 位元組</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/complaint/messages.py" line="33"/>
        <source>The narrative&apos;s draft left out %n sentences to stay within {limit} characters; they are in cover.txt.</source>
        <translation>
            <numerusform>為不超過 {limit} 字，事情經過的草稿省去了 %n 句；這些句子在 cover.txt 中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="39"/>
        <source>The evidence package holds no report.pdf: the report is attached as report.html where allowed.</source>
        <translation>證據包中沒有 report.pdf：在允許的管道中以 report.html 附上報告。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="42"/>
        <source>This channel&apos;s form could not be checked when its limits were written ({date}): {note}</source>
        <translation>寫下該管道的限制時（{date}）未能核對其表格：{note}</translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="249"/>
        <source>Complaint package</source>
        <translation>申訴資料包</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="191"/>
        <source>Search notes and tags</source>
        <translation>搜尋備註和標記</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="200"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="201"/>
        <source>Added later</source>
        <translation>事後補充</translation>
    </message>
</context>
<context>
    <name>Excerpt</name>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="14"/>
        <source>{path} already exists. Choose another folder name; nothing was changed.</source>
        <translation>{path} 已存在。請換一個資料夾名稱；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="15"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>{path} 所在的資料夾不存在或無法寫入。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="16"/>
        <source>The recording {session} is still being made. Stop it first.</source>
        <translation>錄音 {session} 仍在進行中。請先停止。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="17"/>
        <source>The recording {session} is damaged; run “recorder check” on it.</source>
        <translation>錄音 {session} 已損壞；請對它執行 “recorder check”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="18"/>
        <source>The recording {session} holds no audio, so there is nothing to excerpt.</source>
        <translation>錄音 {session} 中沒有音訊，無法擷取片段。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="19"/>
        <source>{spec} is after the end of the recording, which is {length} long.</source>
        <translation>{spec} 在錄音結束之後，錄音長度為 {length}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="20"/>
        <source>The recording {session} has no tag “{tag}”.</source>
        <translation>錄音 {session} 中沒有標記 “{tag}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="21"/>
        <source>The recording {session} has no tag “{tag}” after the start of the stretch.</source>
        <translation>錄音 {session} 中在這段起點之後沒有標記 “{tag}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="24"/>
        <source>No recording of this case has a tag “{tag}”.</source>
        <translation>本案件的錄音中都沒有標記 “{tag}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="25"/>
        <source>The case has more than one recording: start the stretch at a tag, or name the recording.</source>
        <translation>本案件有多段錄音：請從一個標記開始擷取，或指明是哪段錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="28"/>
        <source>The stretch from {start} to {end} is empty: its end is not after its start.</source>
        <translation>從 {start} 到 {end} 的這一段是空的：終點不在起點之後。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="31"/>
        <source>The stretch is too long for one WAV file (over 12 hours at 48 kHz).</source>
        <translation>這一段太長，一個 WAV 檔案放不下（48 kHz 下超過 12 小時）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="32"/>
        <source>{path} is not an archive of the recording {session}: its audio differs at this stretch.</source>
        <translation>{path} 不是錄音 {session} 的證據包：這一段的音訊不同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/excerpt_text.py" line="35"/>
        <source>The stretch crosses %n pauses or gaps; it holds only the captured samples, and they are listed in excerpt.json.</source>
        <translation>
            <numerusform>這一段跨越 %n 處暫停或中斷；片段中只有實際錄下的樣本，這些暫停或中斷列在 excerpt.json 中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="43"/>
        <source>The excerpt&apos;s file {name} is missing or cannot be read.</source>
        <translation>片段的檔案 {name} 缺少或無法讀取。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="44"/>
        <source>The excerpt&apos;s SHA256SUMS is not the list this format writes.</source>
        <translation>片段的 SHA256SUMS 不是本格式寫出的清單。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="45"/>
        <source>The excerpt&apos;s signature {name} does not verify with identity.pem.</source>
        <translation>片段的簽章 {name} 無法用 identity.pem 驗證。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="46"/>
        <source>The excerpt&apos;s file {name} has been changed since it was signed.</source>
        <translation>片段的檔案 {name} 在簽章後被改動過。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="47"/>
        <source>The excerpt&apos;s excerpt.json is not of this format: {why}.</source>
        <translation>片段的 excerpt.json 不是本格式：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="48"/>
        <source>excerpt.wav does not hold the samples excerpt.json names.</source>
        <translation>excerpt.wav 中的樣本與 excerpt.json 所寫的不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="49"/>
        <source>Signed by the vault key {fingerprint}; compare it with the one the owner gave you.</source>
        <translation>由證據庫金鑰 {fingerprint} 簽章；請與錄音者另行告知的金鑰指紋比較。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="52"/>
        <source>The original {path} does not verify, so it proves nothing.</source>
        <translation>原始證據包 {path} 驗證未通過，因此不能證明任何事。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="53"/>
        <source>The original {path} does not hold the recording {session} with the chain head the excerpt names.</source>
        <translation>原始證據包 {path} 中沒有片段所寫的、具有該雜湊鏈末端的錄音 {session}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="56"/>
        <source>The original {path} is signed by another vault key.</source>
        <translation>原始證據包 {path} 由另一個證據庫金鑰簽章。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="57"/>
        <source>The excerpt&apos;s samples differ from the original&apos;s at frames {start} to {end}.</source>
        <translation>片段的樣本與原始錄音第 {start} 至 {end} 幀的樣本不同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="60"/>
        <source>The original {path} is not the file the excerpt names (its SHA-256 differs).</source>
        <translation>原始證據包 {path} 不是片段所寫的那個檔案（SHA-256 不同）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="63"/>
        <source>The excerpt&apos;s samples are the original&apos;s, recording {session}, frames {start} to {end}.</source>
        <translation>片段的樣本就是原始錄音 {session} 第 {start} 至 {end} 幀的樣本。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="66"/>
        <source>The excerpt is signed and whole; give the full archive with --original to prove its samples are the original&apos;s.</source>
        <translation>片段有簽章且完整；用 --original 給出完整證據包，即可證明其樣本來自原始錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="70"/>
        <source>The original {path} is encrypted: decrypt it first (age -d) and give the zip.</source>
        <translation>原始證據包 {path} 已加密：請先解密（age -d），再給出 zip 檔案。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/excerpt_action.py" line="23"/>
        <source>New folder for the excerpt</source>
        <translation>片段的新資料夾</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/excerpt_action.py" line="44"/>
        <source>Excerpt from {start} to {end} written to {path}; its VERIFY.txt says how anyone can check it. To add it to the evidence package, give this folder under Excerpts when exporting.</source>
        <translation>從 {start} 到 {end} 的片段已寫入 {path}；其中的 VERIFY.txt 說明任何人如何檢查它。要把它加入證據包，請在匯出時把這個資料夾填在「片段」中。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="30"/>
        <source>An excerpt is written FROM..TO, a time (h:m:s) or a tag at each end: “{text}”.</source>
        <translation>片段的寫法是 FROM..TO，兩端各是一個時間（時:分:秒）或一個標籤：「{text}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="33"/>
        <source>{path} is not an excerpt folder that verifies; check it with “recorder verify-excerpt”.</source>
        <translation>{path} 不是一個能通過驗證的片段資料夾；請用「recorder verify-excerpt」檢查它。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="36"/>
        <source>The excerpt folder {path} does not hold the samples of recording {session} at its frames.</source>
        <translation>片段資料夾 {path} 中的樣本不是錄音 {session} 在其所寫幀範圍內的樣本。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="39"/>
        <source>The excerpt&apos;s recording {session} is not among the recordings exported; add it to the export.</source>
        <translation>片段所屬的錄音 {session} 不在匯出的錄音之中；請把它加入匯出。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="153"/>
        <source>Save the evidence package as</source>
        <translation>證據包儲存為</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="198"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="205"/>
        <source>The evidence package was written to {path}.</source>
        <translation>證據包已儲存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="222"/>
        <source>Export cancelled; nothing was left behind.</source>
        <translation>已取消匯出；沒有留下任何檔案。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="227"/>
        <source>The export failed; details are in the log file.</source>
        <translation>匯出失敗；詳細資訊見記錄檔。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="230"/>
        <source>Export an evidence package</source>
        <translation>匯出證據包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="237"/>
        <source>Save as</source>
        <translation>儲存為</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="238"/>
        <source>Report rules for</source>
        <translation>報告適用地區</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="239"/>
        <source>Report language</source>
        <translation>報告語言</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="240"/>
        <source>Lock it for one person (optional)</source>
        <translation>只讓一個人能開啟（選填）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="264"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="265"/>
        <source>Open folder</source>
        <translation>開啟所在資料夾</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="266"/>
        <source>Excerpts to add to the evidence package (optional):</source>
        <translation>要加入證據包的片段（選填）：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="268"/>
        <source>from..to (a time h:m:s or a tag), or an excerpt folder; several separated by ;</source>
        <translation>起..止（時間 時:分:秒 或標籤），或一個片段資料夾；多項之間用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="248"/>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/export_dialog.py" line="233"/>
        <source>Case “{case}”: %n recordings will be put into one sealed evidence package.</source>
        <translation>
            <numerusform>案件「{case}」：%n 段錄音將放入一個封存的證據包。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="249"/>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="250"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="251"/>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="255"/>
        <source>their age key, starting with age1</source>
        <translation>對方的 age 公開金鑰，以 age1 開頭</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="258"/>
        <source>Leave empty to save the package as it is. To send it safely, paste the public key (age1…) of the person who will open it, for example your lawyer: only their key can open it then.</source>
        <translation>留空則按原樣儲存證據包。如要安全地傳送，請貼上將要開啟它的人（例如您的律師）的公開金鑰（age1…）：這樣只有對方的金鑰能開啟它。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="262"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="263"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="264"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="165"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="166"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="167"/>
        <source>Call mode</source>
        <translation>通話模式</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="168"/>
        <source>About Evidence Recorder</source>
        <translation>關於證據記錄器</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="82"/>
        <source>Import into “{case}”</source>
        <translation>匯入到「{case}」</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="85"/>
        <source>Drop files or folders here (call recordings, screenshots, backups). They are kept byte for byte and sealed at once; what happened to them before the import cannot be proven by this app.</source>
        <translation>把檔案或資料夾拖到這裡（通話錄音、截圖、備份）。檔案會逐位元組原樣儲存並立即封存；匯入之前檔案經歷了什麼，本軟體無法證明。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="89"/>
        <source>Where do they come from? e.g. “Xiaomi call recorder”</source>
        <translation>檔案來源？例如「小米通話錄音」</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="90"/>
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="91"/>
        <source>Add folder…</source>
        <translation>新增資料夾…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="92"/>
        <source>Read as a call log or message backup (SMS Backup &amp; Restore, CSV, iPhone backup)</source>
        <translation>作為通話紀錄或簡訊備份讀取（SMS Backup &amp; Restore、CSV、iPhone 備份）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="93"/>
        <source>Phone&apos;s time zone, e.g. Asia/Shanghai</source>
        <translation>手機時區，例如 Asia/Taipei</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="94"/>
        <source>Passphrase of the encrypted iPhone backup</source>
        <translation>加密 iPhone 備份的密碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="95"/>
        <source>Import and seal</source>
        <translation>匯入並封存</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="110"/>
        <source>Add files</source>
        <translation>新增檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="114"/>
        <source>Add folder</source>
        <translation>新增資料夾</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="128"/>
        <source>Add the files to import first.</source>
        <translation>請先新增要匯入的檔案。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="161"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/import_dialog.py" line="169"/>
        <source>%n files imported and sealed. From now on any change to them is detected.</source>
        <translation>
            <numerusform>已匯入並封存 %n 個檔案。從現在起，任何改動都會被發現。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="182"/>
        <source>Choose one call log or backup at a time.</source>
        <translation>每次只能選擇一份通話紀錄或備份。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="184"/>
        <source>The import failed; nothing was imported.</source>
        <translation>匯入失敗；未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>ImportedView</name>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="89"/>
        <source>Imported files ({session})</source>
        <translation>匯入的檔案（{session}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="92"/>
        <source>Imported, not recorded by this app. What happened to these files before the import is not proven; from the import on, any change is detected.</source>
        <translation>匯入的（非本軟體錄製）。匯入之前這些檔案經歷了什麼無法證明；自匯入起，任何改動都會被發現。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="96"/>
        <source>Play / pause</source>
        <translation>播放 / 暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="119"/>
        <source>Read from the file, not measured by this app ({reader} {version}):</source>
        <translation>從檔案中讀取，並非本軟體測得（{reader} {version}）：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="155"/>
        <source>This file could not be decoded as audio.</source>
        <translation>此檔案無法解碼為音訊。</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="77"/>
        <source>Checking the recording…</source>
        <translation>正在檢查錄音…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="97"/>
        <source>Audio source: {name} (live recording)</source>
        <translation>聲音來源：{name}（現場錄音）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="99"/>
        <source>Audio source: {name} — NOT a live recording ({kind})</source>
        <translation>聲音來源：{name}——不是現場錄音（{kind}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="81"/>
        <source>✔ Verified: every entry, signature and audio block is as it was recorded ({n} entries).</source>
        <translation>✔ 驗證通過：每個項目、簽章和音訊區塊都與錄製時一致（共 {n} 個項目）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="87"/>
        <source>✘ Not verified — {n} problems found:</source>
        <translation>✘ 驗證未通過——發現 {n} 個問題：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="118"/>
        <source>The other party (what the computer played): {name}</source>
        <translation>對方（電腦播放的聲音）：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="126"/>
        <source>Fingerprint: {code}</source>
        <translation>校驗碼：{code}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="129"/>
        <source>From {start} to {end}</source>
        <translation>從 {start} 到 {end}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="142"/>
        <source>Gap in the other party&apos;s track at {at}: {reason} ({length})</source>
        <translation>對方音軌 {at} 處中斷：{reason}（{length}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="148"/>
        <source>Gap at {at}: {reason} ({length} lost)</source>
        <translation>{at} 處中斷：{reason}（缺失 {length}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="154"/>
        <source>The last {n} entries are hash-chained but unsigned: the recording was interrupted.</source>
        <translation>最後 {n} 個項目已鏈入雜湊鏈但未簽章：錄音曾中斷。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="160"/>
        <source>The recording ended by interruption; everything up to its last intact entry is kept.</source>
        <translation>錄音因中斷而結束；最後一個完好項目之前的內容都已保留。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="163"/>
        <source>Sealed ({reason}).</source>
        <translation>已封存（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="170"/>
        <source>No later annotations.</source>
        <translation>沒有事後補充。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="173"/>
        <source>Later annotations: {n} (review sittings: {k}), kept apart from the recording; verified.</source>
        <translation>事後補充：{n} 則（檢視次數：{k}），與錄音分開保存；驗證通過。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="175"/>
        <source>Later annotations: {n} problems found — {first}</source>
        <translation>事後補充：發現 {n} 個問題——{first}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="74"/>
        <source>The recording could not be checked: {why}</source>
        <translation>無法檢查該錄音：{why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="195"/>
        <location filename="../../recorder/gui/main_window.py" line="247"/>
        <source>Unsorted recordings</source>
        <translation>未歸類的錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="215"/>
        <source>Attach photos or files</source>
        <translation>加入照片或檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="257"/>
        <source>The recording was saved and sealed.</source>
        <translation>錄音已儲存並封存。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/locking.py" line="78"/>
        <source>Locked after a time without use. Recording still works.</source>
        <translation>閒置一段時間後已鎖定。仍然可以錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="367"/>
        <source>Your recordings are not locked yet: anyone with this computer can open them. Set a passphrase.</source>
        <translation>您的錄音尚未鎖定：任何能使用這台電腦的人都能開啟它們。請設定密碼。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="372"/>
        <location filename="../../recorder/gui/main_window.py" line="535"/>
        <source>Set a passphrase…</source>
        <translation>設定密碼…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="473"/>
        <source>A recording started {start} was interrupted and has been recovered; it ends at {end}.</source>
        <translation>開始於 {start} 的錄音曾中斷，現已恢復；它結束於 {end}。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="485"/>
        <source>Something went wrong. What was recorded is kept; details are in the log file.</source>
        <translation>出了點問題。已錄下的內容都已保留；詳細資訊見記錄檔。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="508"/>
        <source>A recording is in progress. Closing the window would stop it.</source>
        <translation>正在錄音。關閉視窗會停止錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="511"/>
        <source>Keep recording</source>
        <translation>繼續錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="513"/>
        <source>Stop recording and close</source>
        <translation>停止錄音並關閉</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="523"/>
        <source>No evidence vault yet</source>
        <translation>尚無證據庫</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="525"/>
        <source>Not locked yet (no passphrase)</source>
        <translation>尚未鎖定（未設定密碼）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="527"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="529"/>
        <source>Unlocked</source>
        <translation>已解鎖</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="530"/>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="530"/>
        <source>Unlock…</source>
        <translation>解鎖…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="75"/>
        <source>Evidence Recorder</source>
        <translation>證據記錄器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="345"/>
        <source>Passphrase set. You will need it to open, play or export recordings.</source>
        <translation>密碼已設定。以後開啟、播放或匯出錄音都需要它。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="536"/>
        <source>Import phone evidence…</source>
        <translation>匯入手機證據…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="537"/>
        <source>Calls and messages</source>
        <translation>通話與簡訊</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="538"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="539"/>
        <source>Verify an evidence package…</source>
        <translation>驗證證據包…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="540"/>
        <source>Complaint package…</source>
        <translation>申訴資料包…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="541"/>
        <source>Print a report…</source>
        <translation>列印報告…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="542"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="37"/>
        <source>Mark a number</source>
        <translation>標記號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="41"/>
        <source>The collector&apos;s (calls on behalf of a lender)</source>
        <translation>催收方的（代表放貸方來電）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="42"/>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="43"/>
        <source>A colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="44"/>
        <source>Another contact</source>
        <translation>其他聯絡人</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="45"/>
        <source>No mark (withdraw an earlier one)</source>
        <translation>無標記（撤回之前的標記）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="55"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="56"/>
        <source>Whose number</source>
        <translation>號碼歸屬</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="57"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="58"/>
        <source>Lending platform or app</source>
        <translation>借貸平台或 App</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="59"/>
        <source>Person&apos;s name, as given</source>
        <translation>對方自稱的姓名</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="61"/>
        <source>A mark is your own statement, kept as a new signed entry of the case; the imports are unchanged.</source>
        <translation>標記是您本人的陳述，作為本案新的已簽署紀錄儲存；匯入的內容不會改變。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../recorder/core/messages.py" line="20"/>
        <source>The passphrase is wrong. Nothing was changed; please try again.</source>
        <translation>密碼不正確。沒有做任何變更，請再試一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="21"/>
        <source>The passphrase is empty. Please choose a passphrase.</source>
        <translation>密碼是空的。請設定一組密碼。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="22"/>
        <source>There is no evidence vault in {home}. Create one first with “recorder init”.</source>
        <translation>{home} 中沒有證據庫。請先用「recorder init」建立。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="23"/>
        <source>An evidence vault already exists in {home}. Nothing was changed.</source>
        <translation>{home} 中已有證據庫。沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="24"/>
        <source>The evidence vault file {path} is damaged and cannot be read. Nothing was changed.</source>
        <translation>證據庫檔案 {path} 已損毀，無法讀取。沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="27"/>
        <source>The evidence vault in {home} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</source>
        <translation>{home} 中的證據庫由較新版本的程式建立（格式 {version}）。請更新證據記錄器。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="32"/>
        <source>The folder {home} cannot be written to. Please choose another folder or check its permissions.</source>
        <translation>無法寫入資料夾 {home}。請選擇其他資料夾或檢查其權限。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="35"/>
        <source>The disk is full. Everything recorded up to now is saved; please free some space.</source>
        <translation>磁碟已滿。到目前為止錄下的內容都已儲存；請騰出一些空間。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="38"/>
        <source>There is no recording called {session} in this vault.</source>
        <translation>此證據庫中沒有名為 {session} 的錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="39"/>
        <source>The recording {session} is being written by another window or program. Nothing was changed.</source>
        <translation>錄音 {session} 正被另一個視窗或程式寫入。沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="42"/>
        <source>The recording {session} has ended; nothing can be added to it. Start a new recording instead.</source>
        <translation>錄音 {session} 已結束，無法再新增內容。請開始新的錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="45"/>
        <source>The recording file {path} is damaged at byte {offset}: {what}. Nothing was changed.</source>
        <translation>錄音檔案 {path} 在第 {offset} 位元組處損毀：{what}。沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="48"/>
        <source>The recording file {path} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</source>
        <translation>錄音檔案 {path} 由較新版本的程式建立（格式 {version}）。請更新證據記錄器。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="53"/>
        <source>The file {path} is not a recording made by this app.</source>
        <translation>檔案 {path} 不是本程式產生的錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="54"/>
        <source>The passphrase file {path} cannot be read.</source>
        <translation>無法讀取密碼檔案 {path}。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="55"/>
        <source>The two passphrases are not the same. Please try again.</source>
        <translation>兩次輸入的密碼不一致，請再試一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="56"/>
        <source>The file {path} cannot be read, so it was not attached.</source>
        <translation>無法讀取檔案 {path}，因此沒有加入為附件。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="57"/>
        <source>This passphrase is too easy to guess. {advice} Nothing was changed; please choose another.</source>
        <translation>這個密碼太容易被猜到。{advice} 未做任何變更；請另選一個。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="60"/>
        <source>{home} is a file, not a folder, so it cannot hold an evidence vault. Nothing was changed.</source>
        <translation>{home} 是一個檔案而不是資料夾，無法存放證據庫。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="63"/>
        <source>The evidence vault file {path} asks for a key derivation this app does not accept ({what}). Nothing was changed.</source>
        <translation>證據庫檔案 {path} 要求的金鑰衍生參數超出本軟體接受的範圍（{what}）。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="67"/>
        <source>The test setting RECORDER_TEST_KDF_COST={value} is not accepted: it must be MEMORY_KIB:PASSES within the limits in docs/FORMAT.md. Nothing was changed.</source>
        <translation>測試設定 RECORDER_TEST_KDF_COST={value} 不被接受：它必須是 MEMORY_KIB:PASSES，且在 docs/FORMAT.md 所述範圍內。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="72"/>
        <source>The evidence vault file {path} was replaced by one with other keys, so your passphrase cannot open it (the passphrase is not the problem). Put your own vault file back, from a backup, to read your recordings.</source>
        <translation>證據庫檔案 {path} 已被替換為一個使用其他金鑰的檔案，因此您的密碼無法開啟它（問題不在密碼）。請從備份中放回您自己的證據庫檔案，才能讀取您的錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="77"/>
        <source>Warning: the evidence vault file {path} was replaced by one with other keys. New recordings are still encrypted to the keys this vault was made with, never to the new ones.</source>
        <translation>警告：證據庫檔案 {path} 已被替換為一個使用其他金鑰的檔案。新的錄音仍然加密給建立此證據庫時的金鑰，絕不會加密給新的金鑰。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="82"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file is gone: it was deleted.</source>
        <translation>錄音 {session} 登記在證據庫的清單中，但它的檔案不見了：它已被刪除。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="85"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its folder is gone: it was deleted.</source>
        <translation>錄音 {session} 登記在證據庫的清單中，但它的資料夾不見了：它已被刪除。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="88"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by something that is not a recording file.</source>
        <translation>錄音 {session} 登記在證據庫的清單中，但它的檔案已被替換為不是錄音檔案的東西。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="93"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by a link.</source>
        <translation>錄音 {session} 登記在證據庫的清單中，但它的檔案已被替換為一個連結。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="96"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file cannot be read.</source>
        <translation>錄音 {session} 登記在證據庫的清單中，但它的檔案無法讀取。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="99"/>
        <source>The vault&apos;s ledger of recordings was cut short: it listed {before} recordings, now it lists {now}.</source>
        <translation>證據庫的錄音清單被截短了：原先登記了 {before} 個錄音，現在只有 {now} 個。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="102"/>
        <source>The vault&apos;s ledger of recordings was altered or damaged at line {line}.</source>
        <translation>證據庫的錄音清單在第 {line} 行被改動或損壞。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="105"/>
        <source>The vault&apos;s ledger of recordings was rewritten: its entries are not the ones last written on this computer.</source>
        <translation>證據庫的錄音清單被改寫了：其中的紀錄不是這台電腦上次寫入的那些。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/core/messages.py" line="109"/>
        <source>The vault had no ledger of its recordings; one was made now from the %n recordings present.</source>
        <translation>
            <numerusform>證據庫原先沒有錄音清單；現已根據現有的 %n 個錄音建立了一份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="115"/>
        <source>The recording {session} was not in the vault&apos;s ledger; it has been added.</source>
        <translation>錄音 {session} 原先不在證據庫的清單中；現已加入。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="38"/>
        <source>The recording {session} is still being made. It can be reviewed once it has ended.</source>
        <translation>錄音 {session} 仍在進行中，結束後才能檢視。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="41"/>
        <source>Annotations to {session} are being added in another window. Please close that one first.</source>
        <translation>另一個視窗正在為 {session} 新增註記。請先關閉那個視窗。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="44"/>
        <source>This review has been closed; open the recording again to add more.</source>
        <translation>本次檢視已關閉；如需補充，請重新開啟錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="45"/>
        <source>The annotation is empty. Please write a note or choose a tag.</source>
        <translation>註記是空的。請寫一則備註或選擇一個標記。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="8"/>
        <source>No microphone or other audio input was found. Connect one and try again; nothing was recorded.</source>
        <translation>找不到麥克風或其他輸入裝置。請連接後再試一次；沒有錄下任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="11"/>
        <source>There is no audio input called “{device}”. Nothing was recorded; choose one of the listed inputs.</source>
        <translation>沒有名為「{device}」的輸入裝置。沒有錄下任何內容；請從列出的裝置中選擇。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="14"/>
        <source>“{device}” is a loudspeaker or other output, not an audio input. Nothing was recorded.</source>
        <translation>「{device}」是喇叭或其他輸出裝置，不是輸入裝置。沒有錄下任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="17"/>
        <source>The audio input “{device}” does not accept recording at {rate} Hz, mono, 16 bit. Nothing was recorded.</source>
        <translation>輸入裝置「{device}」不支援以 {rate} Hz、單聲道、16 位元錄音。沒有錄下任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="21"/>
        <source>The audio input “{device}” could not be opened ({reason}). Nothing was recorded.</source>
        <translation>無法開啟輸入裝置「{device}」（{reason}）。沒有錄下任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="25"/>
        <source>The microphone stopped working. The recording goes on as soon as an input is back; the gap is recorded.</source>
        <translation>麥克風停止運作。一旦輸入恢復，錄音會繼續；中斷已被記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="29"/>
        <source>Recording again from “{device}” after a gap of {seconds:.1f} s; the gap is recorded.</source>
        <translation>中斷 {seconds:.1f} 秒後，已從「{device}」繼續錄音；中斷已被記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="32"/>
        <source>The computer switched the recording to another input: “{device}” (was “{previous}”). The recording goes on; the change is recorded.</source>
        <translation>電腦已把錄音切換到另一個輸入裝置：「{device}」（原為「{previous}」）。錄音繼續進行，這次切換已記錄在錄音中。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="37"/>
        <source>{seconds:.1f} s of audio could not be captured ({reason}); the gap is recorded.</source>
        <translation>有 {seconds:.1f} 秒的聲音未能錄下（{reason}）；中斷已被記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="40"/>
        <source>Recording stopped because of an unexpected error. Everything captured before it is saved.</source>
        <translation>錄音因意外錯誤而停止。此前錄下的內容都已儲存。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="43"/>
        <source>The sound file {path} cannot be read as WAV audio.</source>
        <translation>聲音檔案 {path} 無法作為 WAV 音訊讀取。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="45"/>
        <source>What the computer plays cannot be recorded here ({reason}). Nothing was recorded; record without call mode or choose the output with --loopback.</source>
        <translation>無法在此錄製電腦播放的聲音（{reason}）。未錄製任何內容；請不用通話模式錄音，或用 --loopback 選擇輸出裝置。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="50"/>
        <source>There is no output called “{device}” whose sound can be recorded. Nothing was recorded; choose one of the outputs listed by “recorder devices --loopback”.</source>
        <translation>沒有名為「{device}」且可錄製其聲音的輸出裝置。未錄製任何內容；請從「recorder devices --loopback」列出的輸出裝置中選擇一個。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="55"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded. Your microphone goes on recording; the gap is recorded.</source>
        <translation>已無法錄製電腦的聲音（對方）。您的麥克風繼續錄音；中斷已記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="62"/>
        <source>The other party&apos;s sound is recorded again, from “{device}”, after a gap of {seconds:.1f} s; the gap is recorded.</source>
        <translation>對方的聲音已重新開始錄製，來自「{device}」，中斷 {seconds:.1f} 秒；中斷已被記錄。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="67"/>
        <source>no sound server answered</source>
        <translation>沒有聲音伺服器回應</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="10"/>
        <source>The time-stamp authority address {url} is not an http:// or https:// address.</source>
        <translation>時間戳記服務位址 {url} 不是 http:// 或 https:// 位址。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="13"/>
        <source>The file {path} cannot be read as a PEM root certificate, so it was not added.</source>
        <translation>檔案 {path} 無法作為 PEM 根憑證讀取，因此未加入。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="18"/>
        <source>The time-stamp authority {authority} could not be reached ({detail}); the stamp waits in the queue.</source>
        <translation>無法連線時間戳記服務 {authority}（{detail}）；時間戳記請求在佇列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="22"/>
        <source>its address could not be looked up: no network, or a wrong address</source>
        <translation>無法查到它的位址：沒有網路，或位址有誤</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="23"/>
        <source>the connection was refused</source>
        <translation>連線被拒絕</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="24"/>
        <source>the connection was cut</source>
        <translation>連線被中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="25"/>
        <source>there is no network</source>
        <translation>沒有網路</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="26"/>
        <source>The time-stamp authority {authority} did not answer within {seconds} s; the stamp waits in the queue.</source>
        <translation>時間戳記服務 {authority} 在 {seconds} 秒內沒有回應；時間戳記請求在佇列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="30"/>
        <source>The time-stamp authority {authority} answered with HTTP error {code}; the stamp waits in the queue.</source>
        <translation>時間戳記服務 {authority} 回傳 HTTP 錯誤 {code}；時間戳記請求在佇列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="33"/>
        <source>Not sent yet; the stamp waits in the queue.</source>
        <translation>尚未送出；時間戳記請求在佇列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="36"/>
        <source>The answer from {authority} is not a time-stamp token.</source>
        <translation>{authority} 的回應不是時間戳記權杖。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="37"/>
        <source>The time-stamp authority {authority} refused to stamp ({detail}).</source>
        <translation>時間戳記服務 {authority} 拒絕加蓋時間戳記（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="38"/>
        <source>The token from {authority} is for other data, not for this recording&apos;s entry.</source>
        <translation>{authority} 的權杖對應的是其他資料，而不是這段錄音的項目。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="41"/>
        <source>The token from {authority} does not answer this request (the request&apos;s number differs).</source>
        <translation>{authority} 的權杖與本次請求不符（請求編號不同）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="44"/>
        <source>The certificate that signed the token from {authority} is not meant for time-stamping.</source>
        <translation>為 {authority} 權杖簽章的憑證不是用於時間戳記的憑證。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="47"/>
        <source>The certificate that signed the token from {authority} was not valid at the stamped time {time}.</source>
        <translation>為 {authority} 權杖簽章的憑證在時間戳記時間 {time} 時無效。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="51"/>
        <source>The token from {authority} is not issued under a trusted root certificate. If you trust this authority, add its root certificate (--tsa-root).</source>
        <translation>{authority} 的權杖不是由受信任的根憑證簽發的。如果您信任該服務，請加入其根憑證（--tsa-root）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="56"/>
        <source>The token from {authority} does not verify: {detail}.</source>
        <translation>{authority} 的權杖驗證未通過：{detail}。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="57"/>
        <source>The token from {authority} does not carry the certificate that signed it.</source>
        <translation>{authority} 的權杖沒有附帶為其簽章的憑證。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="62"/>
        <source>the session&apos;s first entry</source>
        <translation>錄音的第一個項目</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="63"/>
        <source>the checkpoint at entry {seq}</source>
        <translation>第 {seq} 個項目處的檢查點</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="64"/>
        <source>the seal (the session&apos;s last entry)</source>
        <translation>封存項目（錄音的最後一個項目）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="65"/>
        <source>entry {seq}</source>
        <translation>第 {seq} 個項目</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="66"/>
        <source>review sitting {sitting} (the later annotations added in it)</source>
        <translation>第 {sitting} 次檢視（其中加入的事後補充）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="67"/>
        <source>The later annotations of review sitting {sitting} are dated by the owner&apos;s device clock alone (the sitting ended at {time} by that clock): no trusted time stamp covers them.</source>
        <translation>第 {sitting} 次檢視的事後補充，其時間僅來自擁有者裝置的本機時間（依該時間，這次檢視結束於 {time}）：沒有可信時間戳記涵蓋它們。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/timestamp/messages.py" line="101"/>
        <source>%n time stamps for this session were still waiting for an authority when it was exported.</source>
        <translation>
            <numerusform>匯出時，本錄音仍有 %n 個時間戳記請求在等待服務回應。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="72"/>
        <source>{what} existed no later than {time}, stamped by {authority}.</source>
        <translation>{what}最遲在 {time} 已存在，由 {authority} 加蓋時間戳記。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="73"/>
        <source>That stamp was obtained {minutes} min after the entry was written (no authority answered earlier); it still proves the entry existed no later than {time}.</source>
        <translation>該時間戳記在項目寫入 {minutes} 分鐘後才取得（此前沒有服務回應）；它仍然證明該項目最遲在 {time} 已存在。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="78"/>
        <source>The device clock differed from the time of {authority} by {seconds} s when this stamp was received (more than 2 minutes): the times the device wrote in the recording may be off by as much.</source>
        <translation>收到此時間戳記時，本機時間與 {authority} 的時間相差 {seconds} 秒（超過 2 分鐘）：錄音中的本機時間可能有同樣大的偏差。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="83"/>
        <source>The device clock agreed with the time of {authority} to within {seconds} s.</source>
        <translation>本機時間與 {authority} 的時間相差不超過 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="84"/>
        <source>The time-stamp token {name} does not hold: {reason}</source>
        <translation>時間戳記權杖 {name} 不成立：{reason}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="85"/>
        <source>The time-stamp token {name} covers a hash that is not an entry of this session.</source>
        <translation>時間戳記權杖 {name} 所涵蓋的雜湊值不屬於本錄音的任何項目。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="88"/>
        <source>The time-stamp token {name} is named for another entry than the one it covers (moved).</source>
        <translation>時間戳記權杖 {name} 的檔案名稱所指的項目與它實際涵蓋的項目不同（已被移動）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="91"/>
        <source>The time-stamp list names {name}, but the archive does not contain it.</source>
        <translation>時間戳記清單中列出了 {name}，但證據包中沒有該檔案。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="92"/>
        <source>The time-stamp list {name} is damaged: {detail}.</source>
        <translation>時間戳記清單 {name} 已損毀：{detail}。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="93"/>
        <source>That token holds under the root certificate kept in the archive, {subject}, which is not in the public root store: compare its SHA-256 fingerprint {sha256} with the one the authority publishes.</source>
        <translation>該權杖在證據包內保存的根憑證 {subject} 下成立，但該根憑證不在公開根憑證庫中：請將其 SHA-256 指紋 {sha256} 與該服務公布的指紋核對。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="98"/>
        <source>This session has no trusted time stamp: its times rest on the device clock alone.</source>
        <translation>本錄音沒有可信時間戳記：其時間僅依據本機時間。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="109"/>
        <source>While recording, the app shows the recording&apos;s current fingerprint (a short code, and a QR code carrying the full chain hash). If it was sent to someone else during the recording — a message, an e-mail — that message, timed by the service that carried it, shows the recording had reached that point by then: the chain hash it carries appears in this archive&apos;s journal, and nothing recorded before it can have been changed afterwards without changing that hash.</source>
        <translation>錄音時，程式會顯示錄音目前的校驗碼（一個短碼，以及包含完整雜湊鏈值的 QR 碼）。如果在錄音過程中把它傳給了別人——簡訊、電子郵件——那則訊息由傳送它的服務記錄了時間，就能證明錄音在那時已進行到這一步：訊息中的雜湊值出現在本證據包的日誌中，而在此之前錄下的任何內容，一旦事後被改動，這個雜湊值就會隨之改變。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="34"/>
        <source>The note is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>這則備註有 {length} 個字元，最多只能儲存 {limit} 個。沒有新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="37"/>
        <source>The tag is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>這個標記有 {length} 個字元，最多只能儲存 {limit} 個。沒有新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="40"/>
        <source>The file name is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>檔案名稱有 {length} 個字元，最多只能儲存 {limit} 個。沒有新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="43"/>
        <source>This entry would be {length} bytes long; at most {limit} are kept. Nothing was added.</source>
        <translation>這筆紀錄將有 {length} 位元組，最多只能儲存 {limit} 位元組。沒有新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="46"/>
        <source>The line is {length} bytes long; at most {limit} are read. Nothing was added.</source>
        <translation>這一行有 {length} 位元組，最多只能讀取 {limit} 位元組。沒有新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="5"/>
        <source>There is nothing to import in {path}. Nothing was imported.</source>
        <translation>{path} 中沒有可匯入的檔案。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="6"/>
        <source>The file {path} does not exist. Nothing was imported.</source>
        <translation>檔案 {path} 不存在。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="7"/>
        <source>The file {path} cannot be read. Nothing was imported.</source>
        <translation>無法讀取檔案 {path}。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="8"/>
        <source>The file {path} is larger than {limit} MB, more than one import can hold. Nothing was imported.</source>
        <translation>檔案 {path} 超過 {limit} MB，超出單次匯入的上限。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="12"/>
        <source>The file {path} changed while it was being imported. Nothing was imported; please try again.</source>
        <translation>檔案 {path} 在匯入過程中發生了變化。未匯入任何內容，請重試。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="15"/>
        <source>The file {path} was already imported on {when} (as “{name}”, import {session}). Nothing was imported.</source>
        <translation>檔案 {path} 已於 {when} 匯入過（名為「{name}」，匯入批次 {session}）。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="19"/>
        <source>The files {path} and {other} have the same content; import only one of them. Nothing was imported.</source>
        <translation>檔案 {path} 與 {other} 內容相同，請只匯入其中一個。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="37"/>
        <source>The file {path} is not a call log or message backup this app can read (SMS Backup &amp; Restore XML, or the CSV template). Nothing was imported.</source>
        <translation>檔案 {path} 不是本軟體能讀取的通話紀錄或簡訊備份（SMS Backup &amp; Restore 的 XML，或 CSV 範本）。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="42"/>
        <source>The backup {path} is damaged or cut short (XML error at line {line}). Nothing was imported.</source>
        <translation>備份 {path} 已損壞或不完整（XML 第 {line} 行出錯）。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="45"/>
        <source>The backup {path} contains XML entity declarations or external references, which phone backups never contain; it was not read. Nothing was imported.</source>
        <translation>備份 {path} 含有 XML 實體宣告或外部參照，正常的手機備份不會有這些內容；已拒絕讀取。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="50"/>
        <source>The backup {path} has an unreadable entry ({where}: {what}). Nothing was imported.</source>
        <translation>備份 {path} 中有無法讀取的紀錄（{where}：{what}）。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="53"/>
        <source>The file {path} is not UTF-8 text (save the CSV as UTF-8 and try again). Nothing was imported.</source>
        <translation>檔案 {path} 不是 UTF-8 文字（請將 CSV 另存為 UTF-8 後重試）。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="56"/>
        <source>The file {path} holds no calls and no messages. Nothing was imported.</source>
        <translation>檔案 {path} 中沒有任何通話或簡訊。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/pattern.py" line="34"/>
        <source>“{zone}” is not a time zone name this app knows (e.g. Asia/Shanghai).</source>
        <translation>「{zone}」不是本軟體認得的時區名稱（例如 Asia/Taipei）。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/pattern.py" line="35"/>
        <source>There is no rule profile called “{profile}”.</source>
        <translation>沒有名為「{profile}」的規則設定。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone.py" line="30"/>
        <source>The folder {path} is not an unencrypted iPhone backup this app can read ({what}). Nothing was imported.</source>
        <translation>資料夾 {path} 不是本軟體能讀取的未加密 iPhone 備份（{what}）。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone.py" line="34"/>
        <source>The iPhone backup {path} is missing {what}, so it cannot be read. Nothing was imported.</source>
        <translation>iPhone 備份 {path} 缺少 {what}，無法讀取。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/ocr.py" line="22"/>
        <source>The screenshot could not be read ({what}). Nothing was changed.</source>
        <translation>無法讀取截圖（{what}）。未作任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/ocr.py" line="23"/>
        <source>No text was found in the screenshot. Nothing was changed.</source>
        <translation>截圖中沒有找到文字。未作任何變更。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="30"/>
        <source>“{number}” is not a phone number (it has no digits). Nothing was marked.</source>
        <translation>「{number}」不是電話號碼（其中沒有數字）。未做任何標記。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="31"/>
        <source>“{role}” is not a mark; use collector, family, colleague, contact or none. Nothing was marked.</source>
        <translation>「{role}」不是可用的標記；請使用 collector（催收方）、family（家人）、colleague（同事）、contact（其他聯絡人）或 none（取消標記）。未做任何標記。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="34"/>
        <source>A company, platform or person&apos;s name is longer than {limit} characters. Nothing was marked.</source>
        <translation>公司、平台或人名超過 {limit} 個字元。未做任何標記。</translation>
    </message>
    <message>
        <location filename="../../recorder/report_pdf/render.py" line="40"/>
        <source>The font for report.pdf is missing ({path}); reinstall the app. No package was written.</source>
        <translation>缺少用於 report.pdf 的字型（{path}）；請重新安裝本軟體。未寫入任何證據包。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="25"/>
        <source>{name} is not an evidence package whose report can be printed ({why}).</source>
        <translation>{name} 不是可以列印其報告的證據包（{why}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="47"/>
        <source>The iPhone backup {path} is encrypted: its backup passphrase is needed to read it. Nothing was imported.</source>
        <translation>iPhone 備份 {path} 已加密：需要它的備份密碼才能讀取。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="51"/>
        <source>The passphrase does not open the encrypted iPhone backup {path}. Nothing was imported.</source>
        <translation>該密碼無法開啟加密的 iPhone 備份 {path}。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="54"/>
        <source>The encrypted iPhone backup {path} uses a key bag this app cannot read ({what}). Nothing was imported.</source>
        <translation>加密的 iPhone 備份 {path} 使用了本軟體無法讀取的金鑰包（{what}）。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="58"/>
        <source>The encrypted iPhone backup {path} cannot be read ({what}). Nothing was imported.</source>
        <translation>無法讀取加密的 iPhone 備份 {path}（{what}）。未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <location filename="../../recorder/gui/note_field.py" line="61"/>
        <source>Type a note (key N); Enter adds it, Esc leaves the field. Its time is when you began typing.</source>
        <translation>輸入備註（按 N 鍵）；按 Enter 鍵新增，按 Esc 鍵離開輸入框。備註時間為開始輸入的時刻。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="25"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>用幾個詞組成密碼，避免常見片語。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="30"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>不必使用符號、數字或大寫字母。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="33"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>再加一兩個詞，不常見的詞更好。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="36"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>鍵盤上連成一排的按鍵很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="39"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>短的鍵盤圖案很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="42"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>請使用更長、轉折更多的鍵盤圖案。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="45"/>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>像「aaa」這樣的重複很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="46"/>
        <source>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</source>
        <translation>像「abcabcabc」這樣的重複只比「abc」稍難猜一點。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="49"/>
        <source>Avoid repeated words and characters.</source>
        <translation>避免重複的詞和字元。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="50"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>像「abc」或「6543」這樣的序列很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="53"/>
        <source>Avoid sequences.</source>
        <translation>避免使用序列。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="54"/>
        <source>Recent years are easy to guess.</source>
        <translation>最近的年份很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="55"/>
        <source>Avoid recent years.</source>
        <translation>避免使用最近的年份。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="56"/>
        <source>Avoid years that are associated with you.</source>
        <translation>避免使用與您有關的年份。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="59"/>
        <source>Dates are often easy to guess.</source>
        <translation>日期往往很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="60"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>避免使用與您有關的日期和年份。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="63"/>
        <source>This is one of the 10 most common passwords.</source>
        <translation>這是 10 個最常見的密碼之一。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="66"/>
        <source>This is one of the 100 most common passwords.</source>
        <translation>這是 100 個最常見的密碼之一。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="69"/>
        <source>This is a very common password.</source>
        <translation>這是一個非常常見的密碼。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="70"/>
        <source>This is similar to a commonly used password.</source>
        <translation>這與一個常用密碼相似。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="73"/>
        <source>A word by itself is easy to guess.</source>
        <translation>單獨一個詞很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="74"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>單獨的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="77"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>常見的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="80"/>
        <source>Capital letters do not help much.</source>
        <translation>大寫字母幫助不大。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="81"/>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>全部大寫幾乎和全部小寫一樣容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="84"/>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>倒著拼寫的詞並不會難猜多少。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="87"/>
        <source>Predictable substitutions like “@” instead of “a” do not help much.</source>
        <translation>用「@」代替「a」這類可預測的替換幫助不大。</translation>
    </message>
</context>
<context>
    <name>PhoneActions</name>
    <message>
        <location filename="../../recorder/gui/phone_actions.py" line="19"/>
        <source>Phone evidence</source>
        <translation>手機證據</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/phone_actions.py" line="20"/>
        <source>Choose or create a case first.</source>
        <translation>請先選擇或新增一個案件。</translation>
    </message>
</context>
<context>
    <name>PrintReport</name>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="62"/>
        <source>Print the report of an evidence package</source>
        <translation>列印證據包中的報告</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="70"/>
        <source>Print the report</source>
        <translation>列印報告</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="188"/>
        <location filename="../../recorder/gui/record_panel.py" line="291"/>
        <location filename="../../recorder/gui/record_panel.py" line="294"/>
        <source>Input: {name}</source>
        <translation>輸入裝置：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="190"/>
        <location filename="../../recorder/gui/record_panel.py" line="292"/>
        <source>Fingerprint: {code}</source>
        <translation>校驗碼：{code}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="204"/>
        <source>Recorded {time} (paused)</source>
        <translation>已錄 {time}（已暫停）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="206"/>
        <source>Recorded {time}</source>
        <translation>已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="210"/>
        <source>✓ All saved to disk</source>
        <translation>✓ 已全部儲存到磁碟</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="212"/>
        <source>Saving… on disk up to {time}</source>
        <translation>正在儲存…已儲存至 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="215"/>
        <source>Saved means written to the disk, so a crash or a power cut keeps it. The app saves at least once a second.</source>
        <translation>「已儲存」指已寫入磁碟，即使程式當機或斷電也不會遺失。本軟體至少每秒儲存一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="234"/>
        <source>Recording started ({name})</source>
        <translation>開始錄音（{name}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="236"/>
        <source>Recording stopped and sealed</source>
        <translation>錄音已停止並封存</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="238"/>
        <source>Tag: {label}</source>
        <translation>標記：{label}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="240"/>
        <source>Note: {text}</source>
        <translation>備註：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="242"/>
        <source>Attached: {name}</source>
        <translation>附件：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="246"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="248"/>
        <source>Resumed</source>
        <translation>已繼續</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="250"/>
        <source>Input lost; the recording goes on and marks the gap</source>
        <translation>輸入中斷；錄音繼續，並記錄中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="252"/>
        <source>Input back</source>
        <translation>輸入已恢復</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="254"/>
        <source>The computer switched to another input: {name}</source>
        <translation>電腦已切換到另一個輸入裝置：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="255"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="258"/>
        <source>Gap of {seconds} s</source>
        <translation>中斷 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="266"/>
        <source>(hidden while locked)</source>
        <translation>（鎖定時隱藏）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="267"/>
        <source>Case: {name}</source>
        <translation>案件：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="287"/>
        <source>Times are positions in the recorded audio (pauses and gaps not counted), as in the review window.</source>
        <translation>時間為錄音中的位置（不含暫停和中斷），與回放視窗一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="265"/>
        <source>(none chosen)</source>
        <translation>（未選擇）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="244"/>
        <source>Who is here: {visitors}</source>
        <translation>來訪人員：{visitors}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="270"/>
        <source>Locked: the case, the notes, who is here and the list of events are hidden until you unlock. Recording, tags and notes still work.</source>
        <translation>已鎖定：案件、備註、來訪人員和事件列表在解鎖前不顯示。錄音、標記和備註照常可用。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="275"/>
        <source>■ Stop ({key})</source>
        <translation>■ 停止（{key}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="278"/>
        <source>● Record ({key})</source>
        <translation>● 開始錄音（{key}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="281"/>
        <source>Starts and stops recording; the {key} key does the same</source>
        <translation>開始或停止錄音；按 {key} 鍵效果相同</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="283"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="283"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="284"/>
        <source>Attach photo or file…</source>
        <translation>加入照片或檔案…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="285"/>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
</context>
<context>
    <name>RecordingController</name>
    <message>
        <location filename="../../recorder/gui/recording.py" line="340"/>
        <source>Something went wrong; the recording goes on.</source>
        <translation>出了點問題；錄音仍在繼續。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/recording.py" line="371"/>
        <source>The disk is nearly full ({mb} MB left). The recording goes on; please free some space.</source>
        <translation>磁碟快滿了（剩餘 {mb} MB）。錄音仍在繼續；請騰出一些空間。</translation>
    </message>
</context>
<context>
    <name>RecordingState</name>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="214"/>
        <source>Recording a call · me and the other party · {time} recorded</source>
        <translation>正在錄製通話 · 我方和對方 · 已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="216"/>
        <source>Recording · {time} recorded</source>
        <translation>正在錄音 · 已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="220"/>
        <source>The other party&apos;s sound ({device}) lost since {since} · your microphone goes on recording · {time} recorded</source>
        <translation>對方的聲音（{device}）自 {since} 起中斷 · 您的麥克風繼續錄音 · 已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="228"/>
        <source>Microphone and the other party&apos;s sound lost since {since} · recording resumes by itself when either is back · {time} recorded</source>
        <translation>麥克風和對方的聲音自 {since} 起中斷 · 任一恢復後錄音會自動繼續 · 已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="234"/>
        <source>Microphone lost since {since} · the other party&apos;s sound goes on being recorded · {time} recorded</source>
        <translation>麥克風自 {since} 起中斷 · 對方的聲音繼續錄製 · 已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="237"/>
        <source>Paused · nothing is being recorded · {time} recorded so far</source>
        <translation>已暫停 · 現在沒有錄音 · 目前已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="241"/>
        <source>Microphone lost since {since} · recording resumes by itself when an input is back · {time} recorded</source>
        <translation>麥克風自 {since} 起中斷 · 輸入裝置恢復後會自動繼續錄音 · 已錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="244"/>
        <source>Stopped · the recording was saved and sealed · {time} recorded</source>
        <translation>已停止 · 錄音已儲存並封存 · 共錄 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="245"/>
        <source>Not recording</source>
        <translation>未在錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="250"/>
        <source>● Recording {time}</source>
        <translation>● 正在錄音 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="252"/>
        <source>❚❚ Paused {time}</source>
        <translation>❚❚ 已暫停 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="254"/>
        <source>⚠ Microphone lost {time}</source>
        <translation>⚠ 麥克風已中斷 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="256"/>
        <source>⚠ Other party lost {time}</source>
        <translation>⚠ 對方聲音已中斷 {time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recorder/archive/report.py" line="169"/>
        <location filename="../../recorder/archive/report.py" line="261"/>
        <source>Note (the user&apos;s own statement)</source>
        <translation>備註（使用者本人的陳述）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="172"/>
        <location filename="../../recorder/archive/report.py" line="259"/>
        <source>Tag</source>
        <translation>標記</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="175"/>
        <location filename="../../recorder/archive/report.py" line="262"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="185"/>
        <location filename="../../recorder/archive/report.py" line="263"/>
        <source>Who is here</source>
        <translation>來訪人員</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="186"/>
        <source>number: {count}</source>
        <translation>人數：{count}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="188"/>
        <source>names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="189"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="190"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="191"/>
        <source>phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="198"/>
        <location filename="../../recorder/archive/report.py" line="264"/>
        <source>Recording paused</source>
        <translation>錄音暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="200"/>
        <location filename="../../recorder/archive/report.py" line="265"/>
        <source>Recording resumed</source>
        <translation>錄音繼續</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="202"/>
        <location filename="../../recorder/archive/report.py" line="266"/>
        <source>Gap in the audio</source>
        <translation>音訊中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="211"/>
        <source>Added later, on {date} (by the owner&apos;s device clock)</source>
        <translation>事後補充，時間 {date}（按擁有者裝置的時鐘）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="25"/>
        <source>Evidence report</source>
        <translation>證據報告</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="26"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="27"/>
        <source>Exported</source>
        <translation>匯出時間</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="28"/>
        <source>Recording {id}</source>
        <translation>錄音 {id}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="29"/>
        <source>Facts from the tags</source>
        <translation>由標記得出的事實</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="30"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="31"/>
        <source>Details</source>
        <translation>詳細內容</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="32"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="33"/>
        <source>Trusted timestamps</source>
        <translation>可信時間戳記</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="34"/>
        <source>How this package can be checked</source>
        <translation>如何檢查本證據包</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="35"/>
        <source>Please note</source>
        <translation>請注意</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="36"/>
        <source>Vault key</source>
        <translation>證據庫金鑰</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="21"/>
        <source>{local} (at {position} in the audio)</source>
        <translation>{local}（音訊中 {position} 處）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="37"/>
        <source>about {seconds} s missing ({reason})</source>
        <translation>約 {seconds} 秒缺失（{reason}）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="38"/>
        <source>Gap at {when}: about {seconds} s of audio missing ({reason}).</source>
        <translation>{when} 處中斷：約 {seconds} 秒音訊缺失（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="39"/>
        <source>(about the {what} at {when})</source>
        <translation>（針對 {when} 的「{what}」）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="40"/>
        <source>Times are the recording device&apos;s clock, shown in its time zone when the recording started: {zone}. The restricted hours are counted in that local time, where the events happened.</source>
        <translation>時間均為錄音裝置的時鐘，按錄音開始時該裝置的時區顯示：{zone}。限制時段按事件發生地的這一當地時間計算。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="45"/>
        <source>In danger, call {numbers} at once.</source>
        <translation>如遇危險，請立即撥打 {numbers}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="46"/>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="47"/>
        <source>Input device</source>
        <translation>輸入裝置</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="48"/>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="49"/>
        <source>The entries after {position} in the audio and the last {tail} of audio come after the last signature: anyone who held the file before export could have appended them. They are marked in the timeline and left out of the facts.</source>
        <translation>音訊 {position} 之後的條目以及最後 {tail} 的音訊位於最後一個簽章之後：匯出前持有該檔案的任何人都可能附加了它們。它們在時間軸中已標出，且不計入事實。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="55"/>
        <source>Case {case} · vault key {fingerprint}</source>
        <translation>案件 {case} · 證據庫金鑰 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="56"/>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="57"/>
        <source>Earlier name: {name} (renamed on {when})</source>
        <translation>曾用名稱：{name}（於 {when} 更名）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="216"/>
        <source>Added later, on {date} (by the owner&apos;s device clock); a trusted time stamp proves it existed no later than {time}</source>
        <translation>事後補充，時間 {date}（按擁有者裝置的時鐘）；可信時間戳記證明它不晚於 {time} 已存在</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="240"/>
        <source>(at {pos} in the audio)</source>
        <translation>（位於音訊 {pos} 處）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="247"/>
        <source>NOT signed (after the last checkpoint)</source>
        <translation>未簽章（在最後一個檢查點之後）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="22"/>
        <source>Call: two tracks</source>
        <translation>通話：兩條音軌</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="23"/>
        <source>Me — the microphone, {device}</source>
        <translation>我方——麥克風，{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="24"/>
        <source>The other party — what the computer played, {device}</source>
        <translation>對方——電腦播放的聲音，{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="25"/>
        <source>not recorded (the computer&apos;s sound output could not be opened)</source>
        <translation>未錄到（無法開啟電腦的聲音輸出）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="26"/>
        <source>Left channel of the listening copy {path} (made from the two tracks)</source>
        <translation>試聽副本 {path} 的左聲道（由兩條音軌產生）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="27"/>
        <source>Right channel of the listening copy {path} (made from the two tracks)</source>
        <translation>試聽副本 {path} 的右聲道（由兩條音軌產生）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="28"/>
        <source>Length of the audio: {length}</source>
        <translation>音訊長度：{length}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="29"/>
        <source>Gaps: {n}</source>
        <translation>中斷：{n}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="30"/>
        <source>Audio file: {path}</source>
        <translation>音訊檔案：{path}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="31"/>
        <source>Drift between the two devices</source>
        <translation>兩台裝置之間的時鐘偏差</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="32"/>
        <source>{ppm} ppm (millionths: how much faster the other party&apos;s device clock ran than the microphone&apos;s; negative: slower). Over the call ({length}), counting frames alone would have put the two tracks about {ms} ms apart.</source>
        <translation>{ppm} ppm（百萬分之一：對方裝置的時鐘比麥克風的時鐘快多少；負數表示慢）。在整個通話（{length}）中，若只按取樣數對齊，兩條音軌會相差約 {ms} 毫秒。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="37"/>
        <source>Not measured: a track has too little unbroken audio.</source>
        <translation>未能測量：有一條音軌的連續聲音太少。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="38"/>
        <source>This is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</source>
        <translation>這遠遠超出裝置時鐘之間的差別（通常為幾十 ppm，最多幾百 ppm）：該測量值還包含了某條音軌擷取時間的跳變（例如電腦把聲音轉到另一個輸出裝置時），因此並不只反映時鐘的差別。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="46"/>
        <source>{me} in my track, {other} in the other party&apos;s (see “Call: two tracks”)</source>
        <translation>我方音軌 {me} 處，對方音軌 {other} 處（見「通話：兩條音軌」）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="47"/>
        <source>The two tracks are aligned by the capture time of each block of sound (one clock for both), not by counting frames: the drift between the devices does not shift one track against the other.</source>
        <translation>兩條音軌按每段聲音的擷取時間對齊（兩者使用同一個時鐘），而不是按取樣數對齊：裝置之間的時鐘偏差不會讓一條音軌相對另一條錯位。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="52"/>
        <source>Gap in the other party&apos;s track at {when}: about {seconds} s of audio missing ({reason}).</source>
        <translation>對方音軌在 {when} 處中斷：約 {seconds} 秒音訊缺失（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="55"/>
        <source>Silence in the other party&apos;s track at {when}: for about {seconds} s the computer played nothing (not a loss).</source>
        <translation>對方音軌在 {when} 處無聲：約 {seconds} 秒內電腦沒有播放任何聲音（並非缺失）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="59"/>
        <source>{what} (the other party&apos;s track)</source>
        <translation>{what}（對方音軌）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="91"/>
        <source>Visit start (tag “Arrived”)</source>
        <translation>來訪開始（標記「到達」）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="92"/>
        <source>Visit end (last tag “Left”)</source>
        <translation>來訪結束（最後一個「離開」標記）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="94"/>
        <source>Visit duration</source>
        <translation>來訪時長</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="94"/>
        <location filename="../../recorder/archive/report_parts.py" line="104"/>
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="96"/>
        <source>Number of visitors</source>
        <translation>來訪人數</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="99"/>
        <source>Asked them to leave</source>
        <translation>要求對方離開</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="103"/>
        <location filename="../../recorder/archive/report_parts.py" line="109"/>
        <source>Stayed after being asked to leave</source>
        <translation>被要求離開後仍停留</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="108"/>
        <source>no “Left” tag</source>
        <translation>沒有「離開」標記</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="111"/>
        <source>Identification</source>
        <translation>身分證件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="112"/>
        <source>Entered home</source>
        <translation>進入住宅</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="113"/>
        <source>Threats and insults</source>
        <translation>威脅與辱罵</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="114"/>
        <source>Contacted family or others</source>
        <translation>對方聯絡我的家人或他人</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="123"/>
        <source>Events in the restricted hours {window}</source>
        <translation>限制時段 {window} 內的事件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="363"/>
        <source>Not a live recording: the sound comes from “{name}” ({kind}), not a microphone.</source>
        <translation>不是現場錄音：聲音來自「{name}」（{kind}），而不是麥克風。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="372"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="373"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="374"/>
        <source>Length of the audio</source>
        <translation>音訊長度</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="376"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="383"/>
        <source>Gaps</source>
        <translation>中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="386"/>
        <source>Sealed ({reason})</source>
        <translation>已封存（{reason}）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="389"/>
        <location filename="../../recorder/archive/report.py" line="393"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="395"/>
        <source>Ended by interruption at {end}; the last {n} entries are hash-chained but not signed.</source>
        <translation>於 {end} 因中斷而結束；最後 {n} 個項目已鏈入雜湊鏈但未簽章。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="409"/>
        <source>Not signed</source>
        <translation>未簽章</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="418"/>
        <source>Audio file</source>
        <translation>音訊檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="438"/>
        <source>Time (device clock)</source>
        <translation>時間（本機時間）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="439"/>
        <source>Position in the audio</source>
        <translation>在音訊中的位置</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="440"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="452"/>
        <source>Rows marked blue were added later, during review; they are not part of the recording.</source>
        <translation>藍色標出的行是事後檢視時補充的，不屬於原始錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="459"/>
        <source>Entries in the hash chain</source>
        <translation>雜湊鏈中的項目數</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="181"/>
        <location filename="../../recorder/archive/report.py" line="460"/>
        <source>Last hash (SHA-256)</source>
        <translation>最後的雜湊值（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="183"/>
        <location filename="../../recorder/archive/report.py" line="462"/>
        <source>Fingerprint of the last signed entry</source>
        <translation>最後一個已簽章項目的校驗碼</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="466"/>
        <source>Recording key (signs checkpoints and the seal)</source>
        <translation>錄音金鑰（為檢查點和封存項目簽章）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="479"/>
        <source>Every audio block, note, tag and attachment was hashed (SHA-256) and chained to the previous entry at the moment it was captured.</source>
        <translation>每個音訊區塊、備註、標記和附件都在錄下的那一刻計算了雜湊值（SHA-256），並與前一個項目鏈接。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="484"/>
        <source>A key made for each recording, kept only in memory and erased at its end, signed a checkpoint at least every second and the final seal.</source>
        <translation>每段錄音專用的金鑰只保存在記憶體中、在錄音結束時銷毀；它至少每秒為一個檢查點簽章，並為最終的封存項目簽章。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="489"/>
        <source>The list of files (SHA256SUMS) is signed by the vault key {fingerprint}; VERIFY.txt shows how to check it with standard tools.</source>
        <translation>檔案清單（SHA256SUMS）由證據庫金鑰 {fingerprint} 簽章；VERIFY.txt 說明了如何用標準工具檢查。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="494"/>
        <source>The audio is the captured sound, sample for sample; nothing was converted.</source>
        <translation>音訊就是錄下的聲音，逐個取樣一致；沒有經過任何轉換。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="495"/>
        <source>Trusted timestamps (RFC 3161) from independent time-stamp authorities are included where listed above; each proves its entry existed no later than the time it states, and VERIFY.txt shows how to check it with openssl. All other times come from the recording device&apos;s own clock.</source>
        <translation>上面列出之處附有獨立時間戳記服務簽發的可信時間戳記（RFC 3161）；每個時間戳記證明其項目最遲在所註明的時間已存在，VERIFY.txt 說明了如何用 openssl 檢查。其他所有時間都來自錄音裝置自身的時鐘。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="502"/>
        <source>All times come from the recording device&apos;s own clock. No trusted timestamp is included, so the time of recording is not independently proven.</source>
        <translation>所有時間都來自錄音裝置自身的時鐘。其中不含可信時間戳記，因此錄音時間沒有得到獨立證明。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="508"/>
        <source>Nothing here proves that the recorded events were not staged, or that what was said is true.</source>
        <translation>這裡的任何內容都不能證明所記錄的事件不是事先安排的，也不能證明所說的話屬實。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="511"/>
        <source>Stated by the person who exported this package, not proven by it: which recordings make up the case (nothing in a package can show that no other recording was left out), the time zone of the local times ({zone}), and the dates of later annotations (their device&apos;s clock).</source>
        <translation>以下內容由匯出本證據包的人聲明，證據包本身無法證明：本案包含哪些錄音（證據包中的任何內容都無法證明沒有遺漏其他錄音）、本地時間所用的時區（{zone}），以及事後註記的日期（其裝置的時鐘）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="523"/>
        <source>This report is not legal advice.</source>
        <translation>本報告不構成法律意見。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="524"/>
        <source>Laws on recording conversations, and on whose consent is needed, differ from place to place.</source>
        <translation>關於錄音以及需要徵得誰同意的法律規定，各地不盡相同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="527"/>
        <source>Give recordings to the police, a regulator or a lawyer rather than publishing them.</source>
        <translation>請把錄音交給警方、主管機關或律師，而不要公開發布。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="123"/>
        <source>Imported files</source>
        <translation>匯入的檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="125"/>
        <source>Imported, not recorded by this app. Their content before the import is not proven by this app; from the import on, any change is detected (each file&apos;s SHA-256 was chained and signed at the import).</source>
        <translation>匯入的（非本軟體錄製）。本軟體不能證明其匯入之前的內容；自匯入起，任何改動都會被發現（每個檔案的 SHA-256 在匯入時已鏈入雜湊鏈並簽章）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="131"/>
        <source>Source stated by the user: {source}</source>
        <translation>使用者所述來源：{source}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="134"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="135"/>
        <source>Size (bytes)</source>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="136"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="137"/>
        <source>File times as found (not proven)</source>
        <translation>檔案原有時間（未經證明）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="138"/>
        <source>Imported (device clock)</source>
        <translation>匯入時間（本機時間）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="149"/>
        <source>Read from the file, not measured by this app ({reader} {version}):</source>
        <translation>從檔案中讀取，並非本軟體測得（{reader} {version}）：</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="187"/>
        <source>Import key (signed the import and its seal, then erased)</source>
        <translation>匯入金鑰（簽署匯入及其封存後即銷毀）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="308"/>
        <source>Calls and messages (derived from the imported log)</source>
        <translation>通話和簡訊（由匯入的紀錄衍生）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="311"/>
        <source>Read from a screenshot and confirmed by the user ({rows} rows).</source>
        <translation>讀自截圖，並經使用者確認（{rows} 筆）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="313"/>
        <source>Times in {zone}, the phone&apos;s time zone as stated at the import. Rules: {rules}.</source>
        <translation>時間按 {zone}（匯入時所述的手機時區）顯示。規則：{rules}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="318"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="44"/>
        <location filename="../../recorder/archive/imports.py" line="319"/>
        <source>Calls received</source>
        <translation>來電</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="45"/>
        <location filename="../../recorder/archive/imports.py" line="320"/>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="321"/>
        <source>Rejected or blocked</source>
        <translation>拒接或封鎖</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="46"/>
        <location filename="../../recorder/archive/imports.py" line="322"/>
        <source>Messages received</source>
        <translation>收到簡訊</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="200"/>
        <location filename="../../recorder/archive/imports.py" line="331"/>
        <source>Contacts between {start} and {end}: {count}.</source>
        <translation>{start} 至 {end} 之間的聯絡：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="205"/>
        <location filename="../../recorder/archive/imports.py" line="334"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</source>
        <translation>{day}：{number} 未接通的來電 {n} 次——超出指引「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="208"/>
        <location filename="../../recorder/archive/imports.py" line="338"/>
        <source>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</source>
        <translation>截至 {day} 的 7 天內：{number} 來電 {n} 次——超出指引「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="342"/>
        <source>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</source>
        <translation>{when}：{number} 在通話後 7 天內再次來電——超出指引「{rule}」。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="347"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>本地區未引用任何規則：僅列出次數，不對照指引。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="36"/>
        <source>Numbers marked by the owner</source>
        <translation>擁有者標記的號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="37"/>
        <source>Calls and messages of the case (all imported logs)</source>
        <translation>本案的通話和簡訊（全部匯入的紀錄）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="38"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="39"/>
        <source>Marked as</source>
        <translation>標記為</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="40"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="41"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="42"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="43"/>
        <source>Marked (device clock)</source>
        <translation>標記時間（裝置時鐘）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="135"/>
        <source>The owner&apos;s own statement of whose numbers these are, made after the import; not proven.</source>
        <translation>這是擁有者在匯入之後對號碼歸屬的陳述，未經證明。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="154"/>
        <source>the collector&apos;s</source>
        <translation>催收方號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="155"/>
        <source>family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="156"/>
        <source>a colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="157"/>
        <source>another contact</source>
        <translation>其他聯絡人</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="158"/>
        <source>no mark (withdrawn)</source>
        <translation>無標記（已撤回）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="178"/>
        <source>Combined from {logs} imported logs: {rows} calls and messages counted; {merged} present in two logs (same number, direction and time within a second) counted once. Times in {zone}.</source>
        <translation>合併自 {logs} 份匯入的紀錄：共計 {rows} 筆通話和簡訊；其中 {merged} 筆同時出現在兩份紀錄中（號碼、方向相同，時間相差不超過一秒），只計一次。時間依 {zone}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="17"/>
        <source>Excerpts in this package</source>
        <translation>證據包中的片段</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="18"/>
        <source>Each excerpt&apos;s WAV file holds exactly the recording&apos;s own samples of that stretch: “recorder verify” checks them against the recording&apos;s audio in this package. The Opus file beside it is a smaller copy made from those samples for listening; it is not evidence.</source>
        <translation>每個片段的 WAV 檔案恰好是錄音本身在該段的樣本：「recorder verify」會將其與本證據包中該錄音的音訊核對。旁邊的 Opus 檔案是由這些樣本產生的較小副本，僅供收聽，不是證據。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="24"/>
        <source>Excerpt {n}: recording {id}, from {start} to {end} in the audio ({length})</source>
        <translation>片段 {n}：錄音 {id}，音訊中從 {start} 到 {end}（長度 {length}）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="25"/>
        <source>{position} (the tag “{tag}”)</source>
        <translation>{position}（標記「{tag}」）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="26"/>
        <source>The original samples: {wav}; a copy for listening: {opus}</source>
        <translation>原始樣本：{wav}；供收聽的副本：{opus}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="27"/>
        <source>SHA-256 of the samples: {sha256}</source>
        <translation>樣本的雜湊值（SHA-256）：{sha256}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="28"/>
        <source>Pauses or gaps inside the stretch: {n}</source>
        <translation>該段內的暫停或中斷：{n}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_thumbs.py" line="29"/>
        <source>(This photo cannot be shown here: it could not be read safely as an image. The file is in the package.)</source>
        <translation>（無法在此顯示這張照片：它無法被安全地讀取為圖片。檔案本身在證據包中。）</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="20"/>
        <source>Tag</source>
        <translation>標記</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="21"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="22"/>
        <source>Photo or file</source>
        <translation>照片或檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="23"/>
        <source>Who is here</source>
        <translation>來訪人員</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="24"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="25"/>
        <source>Resumed</source>
        <translation>已繼續</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="26"/>
        <source>Gap</source>
        <translation>中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="27"/>
        <source>Input device</source>
        <translation>輸入裝置</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="28"/>
        <source>Interrupted end</source>
        <translation>中斷結束</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="29"/>
        <source>Added later</source>
        <translation>事後補充</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="87"/>
        <source>The other party: {text}</source>
        <translation>對方：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="135"/>
        <source>about the {what} at {time}: {text}</source>
        <translation>關於 {time} 處的{what}：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="142"/>
        <source>added later, on {date}</source>
        <translation>事後補充，於 {date}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="154"/>
        <source>The recording ended by interruption</source>
        <translation>錄音因中斷而結束</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="47"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="48"/>
        <source>Offset</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="49"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="50"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="67"/>
        <source>The recording is damaged or was altered and cannot be read.</source>
        <translation>該錄音已損毀或被改動，無法讀取。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="68"/>
        <source>The recording could not be opened ({what}).</source>
        <translation>無法開啟該錄音（{what}）。</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="64"/>
        <source>Calls read from a screenshot: {name}</source>
        <translation>從截圖讀取的通話：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="67"/>
        <source>The text of the screenshot is read on this computer. Check every row and correct it where it is wrong: only the rows you confirm count, and they stay labelled “read from a screenshot”.</source>
        <translation>截圖中的文字在本機辨識。請逐行核對，有誤之處請更正：只有您確認的列才計入，並始終標註為「讀自截圖」。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="71"/>
        <source>Year of the calls</source>
        <translation>通話所在年份</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="72"/>
        <source>Phone&apos;s time zone, e.g. Asia/Shanghai</source>
        <translation>手機時區，例如 Asia/Taipei</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="73"/>
        <source>Where does the screenshot come from?</source>
        <translation>截圖來源？</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="74"/>
        <source>Read the screenshot</source>
        <translation>辨識截圖</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="75"/>
        <source>Confirm these rows and import</source>
        <translation>確認這些列並匯入</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Direction</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Date and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Duration (s)</source>
        <translation>時長（秒）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="88"/>
        <source>Reading the screenshot…</source>
        <translation>正在辨識截圖…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="100"/>
        <source>{n} rows proposed. Check them, then confirm.</source>
        <translation>辨識出 {n} 列。請核對後確認。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="125"/>
        <source>The screenshot and {n} confirmed rows were imported and sealed.</source>
        <translation>截圖及 {n} 筆已確認的紀錄已匯入並封存。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="130"/>
        <source>Nothing was imported.</source>
        <translation>未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="184"/>
        <source>Recording {session}</source>
        <translation>錄音 {session}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="188"/>
        <source>Opening the recording…</source>
        <translation>正在開啟錄音…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="190"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="191"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="192"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="193"/>
        <source>Whole recording</source>
        <translation>整段錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="194"/>
        <source>Add annotation…</source>
        <translation>新增事後補充…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="195"/>
        <source>Export excerpt…</source>
        <translation>匯出片段…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="196"/>
        <source>Drag over the waveform to choose the stretch</source>
        <translation>在波形上拖曳以選擇要擷取的一段</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="197"/>
        <source>Space: play or pause · ←/→: previous or next marker</source>
        <translation>空白鍵：播放或暫停 · ←/→：上一個或下一個標記點</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="199"/>
        <location filename="../../recorder/gui/review/session_view.py" line="263"/>
        <source>Me</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="199"/>
        <location filename="../../recorder/gui/review/session_view.py" line="263"/>
        <source>The other party</source>
        <translation>對方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="239"/>
        <source>This recording cannot be shown.</source>
        <translation>無法顯示該錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="256"/>
        <source>Playback stopped: this part of the audio is damaged or was altered.</source>
        <translation>播放已停止：這部分音訊已損毀或被改動。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="270"/>
        <source>The recording is damaged or was altered from entry {n} on. Everything before it is shown; the check below says what failed.</source>
        <translation>該錄音從第 {n} 個項目起已損毀或被改動。之前的內容都已顯示；下方的檢查結果說明了哪裡不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="299"/>
        <source>not a live recording</source>
        <translation>不是現場錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="337"/>
        <source>No sound output was found, so the recording cannot be played here.</source>
        <translation>找不到聲音輸出裝置，因此無法在這裡播放錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="367"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="367"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="443"/>
        <source>Not added</source>
        <translation>未新增</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../recorder/gui/settings.py" line="331"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="333"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="334"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="335"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>閒置幾分鐘後鎖定（0 = 永不）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="336"/>
        <source>Input device</source>
        <translation>輸入裝置（麥克風）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="337"/>
        <source>Call mode: the other party&apos;s sound from</source>
        <translation>通話模式：對方的聲音來自</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="345"/>
        <source>System default ({name})</source>
        <translation>系統預設（{name}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="346"/>
        <source>What the computer plays (its default output)</source>
        <translation>電腦播放的聲音（預設輸出裝置）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="347"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="347"/>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="347"/>
        <source>Larger</source>
        <translation>更大</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="349"/>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="349"/>
        <source>Quick tag</source>
        <translation>快捷標記</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="350"/>
        <source>Restore the default tags</source>
        <translation>還原預設標記</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="118"/>
        <source>Please choose a passphrase.</source>
        <translation>請設定一組密碼。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="121"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>兩次輸入的密碼不一致，請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="124"/>
        <source>This passphrase is too easy to guess.</source>
        <translation>這個密碼太容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="136"/>
        <source>Strength: weak — a longer passphrase is safer</source>
        <translation>強度：弱——密碼越長越安全</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="137"/>
        <source>Strength: fair — a few more words make it stronger</source>
        <translation>強度：普通——再多加幾個字會更強</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="138"/>
        <source>Strength: good</source>
        <translation>強度：良好</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="139"/>
        <source>Strength: strong</source>
        <translation>強度：強</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="147"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>兩次輸入的密碼還不一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="152"/>
        <source>Set up Evidence Recorder</source>
        <translation>設定證據記錄器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="155"/>
        <source>Welcome. This app records visits and calls as evidence that nobody can quietly change. Choose your language.</source>
        <translation>歡迎使用。本程式把上門和來電記錄為任何人都無法悄悄竄改的證據。請選擇語言。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="161"/>
        <source>Choose a passphrase for your evidence vault. Recording never asks for it; you need it to listen to, review and export your recordings. Type it twice.</source>
        <translation>請為證據庫設定密碼。錄音時不需要密碼；收聽、檢視和匯出錄音時需要。請輸入兩次。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="165"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="166"/>
        <source>Passphrase again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="169"/>
        <source>Write the passphrase down and keep it safe. If it is forgotten, nobody can recover it — not even the makers of this app — and your recordings cannot be opened.</source>
        <translation>請把密碼寫下來並妥善保管。密碼一旦忘記，任何人都無法找回——包括本程式的開發者——您的錄音將無法開啟。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="173"/>
        <source>Record now, set up later</source>
        <translation>先錄音，稍後設定</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="174"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="176"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="176"/>
        <source>Set the passphrase</source>
        <translation>設定密碼</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="22"/>
        <source>Evidence Recorder, recording {session}</source>
        <translation>證據記錄器，錄音 {session}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="23"/>
        <source>fingerprint {code}</source>
        <translation>校驗碼 {code}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="24"/>
        <source>chain hash {hash}</source>
        <translation>雜湊鏈 {hash}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="25"/>
        <source>device time {time}</source>
        <translation>本機時間 {time}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="61"/>
        <source>Share the fingerprint</source>
        <translation>分享校驗碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="64"/>
        <source>Send this to someone you trust (a message or an e-mail) or let them scan the code. Their copy, timed by the service that carried it, shows that the recording had reached this point by then.</source>
        <translation>把它傳給您信任的人（簡訊或電子郵件），或讓對方掃描 QR 碼。對方收到的副本帶有傳送服務記錄的時間，可以證明錄音在那時已進行到這一步。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="68"/>
        <source>Copy the message</source>
        <translation>複製訊息</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="69"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="30"/>
        <source>Start or stop recording, from anywhere in the app</source>
        <translation>開始或停止錄音（在本軟體任何位置都有效）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="31"/>
        <source>Add the quick tag shown on that button</source>
        <translation>新增對應按鈕上的快速標記</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="32"/>
        <source>Add a quick tag of the second row</source>
        <translation>新增第二排的快速標記</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="33"/>
        <source>Write a note</source>
        <translation>寫備註</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="34"/>
        <source>Add the note; the next digit is a tag again</source>
        <translation>新增備註；之後按數字鍵又是標記</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="35"/>
        <source>Leave the note field (what is typed is kept)</source>
        <translation>離開備註欄（已輸入的內容保留）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="36"/>
        <source>Close a recording&apos;s review window</source>
        <translation>關閉錄音的回放視窗</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="37"/>
        <source>Play or pause, in a review window</source>
        <translation>在回放視窗中播放或暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="38"/>
        <source>Next or previous tag or note, in a review window</source>
        <translation>在回放視窗中跳到下一個或上一個標記、備註</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="39"/>
        <source>Jump forward or back, in a review window</source>
        <translation>在回放視窗中快轉或倒轉</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="40"/>
        <source>This list</source>
        <translation>本清單</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="71"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="71"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../recorder/core/tags.py" line="19"/>
        <source>Arrived</source>
        <translation>到達</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="20"/>
        <source>Showed ID</source>
        <translation>出示證件</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="21"/>
        <source>Refused to show ID</source>
        <translation>拒絕出示證件</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="22"/>
        <source>Asked them to leave</source>
        <translation>要求對方離開</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="23"/>
        <source>Refused to leave</source>
        <translation>拒絕離開</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="24"/>
        <source>Threat</source>
        <translation>威脅</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="25"/>
        <source>Insult</source>
        <translation>辱罵</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="26"/>
        <source>They contacted my family or others</source>
        <translation>對方聯絡我的家人或他人</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="30"/>
        <source>Pushed or hit</source>
        <translation>推擠或動手</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="31"/>
        <source>Blocked the door</source>
        <translation>堵門、不讓出門</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="32"/>
        <source>They filmed me</source>
        <translation>對方拍照或錄影</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="33"/>
        <source>I called the police</source>
        <translation>已報警</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="27"/>
        <source>Entered home</source>
        <translation>進入住宅</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="28"/>
        <source>Left</source>
        <translation>離開</translation>
    </message>
</context>
<context>
    <name>TrackControls</name>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="52"/>
        <source>Me</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="53"/>
        <source>The other party</source>
        <translation>對方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="55"/>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="57"/>
        <source>Solo</source>
        <translation>只聽</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="58"/>
        <source>Hear only this track</source>
        <translation>只聽這一軌</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="59"/>
        <source>Balance</source>
        <translation>左右平衡</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="60"/>
        <source>Left: more of me · right: more of the other party</source>
        <translation>向左：多聽我方 · 向右：多聽對方</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="72"/>
        <location filename="../../recorder/gui/unlock_dialog.py" line="75"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="73"/>
        <source>Enter the passphrase of your evidence vault to see cases and play recordings.</source>
        <translation>輸入證據庫密碼，即可檢視案件並播放錄音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="89"/>
        <source>Choose an evidence package</source>
        <translation>選擇證據包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="105"/>
        <source>Checking {name}…</source>
        <translation>正在檢查 {name}…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="138"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="118"/>
        <source>Verified: the evidence package {name} is authentic and complete.</source>
        <translation>驗證通過：證據包 {name} 真實且完整。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="121"/>
        <location filename="../../recorder/gui/verify_dialog.py" line="143"/>
        <source>The evidence package {name} could not be read.</source>
        <translation>無法讀取證據包 {name}。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="124"/>
        <source>Not verified: the evidence package {name} has problems (listed below).</source>
        <translation>驗證未通過：證據包 {name} 存在問題（見下方清單）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="140"/>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="146"/>
        <source>Verify an evidence package</source>
        <translation>驗證證據包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="147"/>
        <source>Drop an evidence package here</source>
        <translation>把證據包拖到這裡</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="148"/>
        <source>Choose a file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="149"/>
        <source>Passphrase, if the package is encrypted</source>
        <translation>密碼（如果證據包已加密）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="150"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>VisitorsCard</name>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="64"/>
        <source>Who is here</source>
        <translation>來訪人員</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="66"/>
        <source>How many visitors</source>
        <translation>來訪人數</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="67"/>
        <source>Names or staff numbers</source>
        <translation>姓名或工號</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="68"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="69"/>
        <source>Platform or lender</source>
        <translation>平台或放款機構</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="70"/>
        <source>Phone numbers</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="74"/>
        <location filename="../../recorder/gui/visitors_card.py" line="75"/>
        <source>separate with commas</source>
        <translation>用逗號分隔</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="76"/>
        <source>Save who is here</source>
        <translation>儲存來訪人員</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="16"/>
        <source>the microphone was lost</source>
        <translation>麥克風中斷連線</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="17"/>
        <source>the computer could not keep up</source>
        <translation>電腦來不及處理</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="18"/>
        <source>the sound system dropped some sound</source>
        <translation>系統音訊遺失了部分聲音</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="19"/>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="25"/>
        <source>the computer&apos;s sound output was lost</source>
        <translation>電腦的聲音輸出中斷</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="26"/>
        <source>nothing was playing (silence, not a loss)</source>
        <translation>沒有播放任何聲音（無聲，並非缺失）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="29"/>
        <source>stopped by you</source>
        <translation>由您停止</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="30"/>
        <source>the disk was full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="31"/>
        <source>the microphone could not be used</source>
        <translation>麥克風無法使用</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="32"/>
        <source>stopped by an error</source>
        <translation>因發生錯誤而停止</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="33"/>
        <source>the chosen length was reached</source>
        <translation>已達到設定的時長</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="34"/>
        <source>the app&apos;s self-test</source>
        <translation>本軟體的自我檢測</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="35"/>
        <source>imported files</source>
        <translation>匯入的檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="36"/>
        <source>numbers marked by you</source>
        <translation>您標記的號碼</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="37"/>
        <source>the app was asked to close</source>
        <translation>本軟體被要求關閉</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="40"/>
        <source>an input device</source>
        <translation>輸入裝置</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="41"/>
        <source>a test signal</source>
        <translation>測試訊號</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="42"/>
        <source>a sound file</source>
        <translation>音訊檔案</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="43"/>
        <source>marks of numbers (no sound)</source>
        <translation>號碼標記（無聲音）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/words.py" line="29"/>
        <source>%n visitors</source>
        <translation>
            <numerusform>%n 名來訪人員</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="45"/>
        <location filename="../../recorder/gui/words.py" line="49"/>
        <location filename="../../recorder/gui/words.py" line="59"/>
        <source>the system&apos;s default microphone</source>
        <translation>系統預設麥克風</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="46"/>
        <location filename="../../recorder/gui/words.py" line="66"/>
        <source>unknown reason</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="48"/>
        <location filename="../../recorder/gui/words.py" line="76"/>
        <source>Recording from {device}</source>
        <translation>從 {device} 錄音</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="49"/>
        <location filename="../../recorder/gui/words.py" line="78"/>
        <source>Input ended: {device}</source>
        <translation>輸入結束：{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="50"/>
        <location filename="../../recorder/gui/words.py" line="80"/>
        <source>Input back: {device}</source>
        <translation>輸入已恢復：{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="51"/>
        <location filename="../../recorder/gui/words.py" line="82"/>
        <source>Input could not be used: {device}</source>
        <translation>無法使用輸入裝置：{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="52"/>
        <location filename="../../recorder/gui/words.py" line="85"/>
        <source>Input changed to {device} (was {previous})</source>
        <translation>輸入裝置已換為{device}（原為{previous}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="129"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="130"/>
        <source>Visitors</source>
        <translation>來訪人員</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="132"/>
        <source>{people} ({names})</source>
        <translation>{people}（{names}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="134"/>
        <source>{people} from {company}</source>
        <translation>{people}，來自{company}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="136"/>
        <source>{people}, for {platform}</source>
        <translation>{people}，代表{platform}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="138"/>
        <source>{people}; phone numbers: {phones}</source>
        <translation>{people}；電話：{phones}</translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="79"/>
        <source>Channel and evidence</source>
        <translation>管道和證據</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="80"/>
        <source>Where the complaint goes, and the case&apos;s sealed evidence package it is made from.</source>
        <translation>申訴提交到哪裡，以及用來製作申訴資料的、案件已封存的證據包。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="81"/>
        <source>Channel:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="82"/>
        <source>Evidence package:</source>
        <translation>證據包：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="83"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="84"/>
        <source>Excerpts:</source>
        <translation>片段：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="85"/>
        <source>Add an excerpt folder…</source>
        <translation>新增片段資料夾…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="98"/>
        <source>Excerpt folder</source>
        <translation>片段資料夾</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="103"/>
        <source>Evidence package</source>
        <translation>證據包</translation>
    </message>
</context>
<context>
    <name>_EditPage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="143"/>
        <source>Fields and narrative</source>
        <translation>各項內容和事情經過</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="145"/>
        <source>Filled in from the case&apos;s facts only. Edit them; keep to what happened, in your own words.</source>
        <translation>只根據案件中的事實填寫。請修改；用自己的話，只寫發生了什麼。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="171"/>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
</context>
<context>
    <name>_SavePage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="204"/>
        <source>Save the package</source>
        <translation>儲存資料包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="205"/>
        <source>A new folder: the fields, the narrative, the attachments and the cover sheet.</source>
        <translation>一個新資料夾：各項內容、事情經過、附件和封面清單。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="206"/>
        <source>New folder:</source>
        <translation>新資料夾：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="207"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="210"/>
        <source>New folder</source>
        <translation>新資料夾</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="227"/>
        <source>The package could not be written: %1</source>
        <translation>無法寫入資料包：%1</translation>
    </message>
</context>
</TS>
