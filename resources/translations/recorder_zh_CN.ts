<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="104"/>
        <source>About Evidence Recorder</source>
        <translation>关于证据记录器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="110"/>
        <source>Evidence Recorder</source>
        <translation>证据记录器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="111"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="112"/>
        <source>Hash value (SHA-256) of this program&apos;s code, also written into every recording:</source>
        <translation>本程序代码的哈希值（SHA-256），也写入每段录音：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="115"/>
        <source>Free software under the GNU General Public License, version 3 or later ({link}).</source>
        <translation>自由软件，依 GNU 通用公共许可证第 3 版或更高版本发布（{link}）。</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="29"/>
        <source>Add a later annotation</source>
        <translation>添加事后补充</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="33"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="34"/>
        <location filename="../../recorder/gui/review/annotate.py" line="65"/>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="39"/>
        <source>What you want to add, in your own words</source>
        <translation>用您自己的话写下要补充的内容</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="40"/>
        <source>At {time} (the playhead)</source>
        <translation>在 {time}（播放位置）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="45"/>
        <source>About the selected {what} at {time}</source>
        <translation>关于 {time} 处选中的{what}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="51"/>
        <source>About an event (select one in the list first)</source>
        <translation>关于某个事件（请先在列表中选择）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="56"/>
        <source>It will be shown as added later, with today&apos;s date, and kept apart from the recording, which is never changed.</source>
        <translation>它将标明为事后补充并注明今天的日期，与录音分开保存；录音本身永不改变。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="64"/>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>没有可导出的内容：没有选择任何录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="9"/>
        <source>There is no recording in the case “{case}”.</source>
        <translation>案件“{case}”中没有录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="10"/>
        <source>The recording {session} is still being made. Stop it before exporting.</source>
        <translation>录音 {session} 仍在进行中。请先停止再导出。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="13"/>
        <source>The recording {session} is damaged at entry {seq} and cannot be exported. Run “recorder check”.</source>
        <translation>录音 {session} 在第 {seq} 个条目处损坏，无法导出。请运行“recorder check”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="16"/>
        <source>The file {path} already exists. Choose another name; nothing was changed.</source>
        <translation>文件 {path} 已存在。请换一个名称；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="17"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>{path} 所在的文件夹不存在或无法写入。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="18"/>
        <source>“{recipient}” is not an age public key (it starts with “age1”).</source>
        <translation>“{recipient}”不是 age 公钥（age 公钥以“age1”开头）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="19"/>
        <source>Choose either a recipient key or a passphrase, not both.</source>
        <translation>请选择接收者公钥或密码之一，不能两者都用。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="20"/>
        <source>An extra file for the archive has an unsafe name: {path}.</source>
        <translation>要放入证据包的附加文件名称不安全：{path}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="23"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>无法读取文件 {path}：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="25"/>
        <source>There is no file {path}: check its name and folder.</source>
        <translation>没有文件 {path}：请检查文件名和所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="26"/>
        <source>The file {path} cannot be read: this user is not allowed to read it.</source>
        <translation>无法读取文件 {path}：当前用户没有读取它的权限。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="27"/>
        <source>{path} is not a file: give the evidence package itself (a .zip file).</source>
        <translation>{path} 不是文件：请给出证据包本身（一个 .zip 文件）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="28"/>
        <source>The file is not a zip archive (or it is damaged beyond reading).</source>
        <translation>该文件不是 zip 压缩包（或已损坏到无法读取）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="29"/>
        <source>The evidence package is encrypted. Give the age key file or the export passphrase to open it.</source>
        <translation>证据包已加密。请提供 age 密钥文件或导出时设置的密码来打开它。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="32"/>
        <source>The encrypted evidence package cannot be opened with the key or passphrase given.</source>
        <translation>用所提供的密钥或密码无法打开这个加密的证据包。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="35"/>
        <source>The age key given is not a valid age secret key.</source>
        <translation>所提供的不是有效的 age 私钥。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="36"/>
        <source>The archive has {count} files; more than {limit} are refused.</source>
        <translation>证据包中有 {count} 个文件；超过 {limit} 个将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="37"/>
        <source>The archive holds a file with an unsafe name ({name}): absolute, with “..”, or with odd characters.</source>
        <translation>证据包中有名称不安全的文件（{name}）：绝对路径、含“..”或含异常字符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="40"/>
        <source>The archive holds the name {name} more than once.</source>
        <translation>证据包中名称 {name} 出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="41"/>
        <source>The archive member {name} is a link or a special file, not a plain file.</source>
        <translation>证据包中的 {name} 是链接或特殊文件，不是普通文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="42"/>
        <source>The archive member {name} uses zip encryption, which is not allowed.</source>
        <translation>证据包中的 {name} 使用了 zip 加密，这是不允许的。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="43"/>
        <source>The archive member {name} uses an unsupported compression method.</source>
        <translation>证据包中的 {name} 使用了不支持的压缩方式。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="44"/>
        <source>The archive member {name} is larger than this verifier accepts.</source>
        <translation>证据包中的 {name} 超过了本验证程序接受的大小。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="45"/>
        <source>The archive member {name} expands far beyond its stored size (a decompression bomb); refused.</source>
        <translation>证据包中的 {name} 解压后远大于其存储大小（解压炸弹），已拒绝。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="48"/>
        <source>The archive member {name} is damaged and cannot be read.</source>
        <translation>证据包中的 {name} 已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="49"/>
        <source>The zip structure around {name} has been altered (headers, dates, modes or bytes between files differ from how the archive was written).</source>
        <translation>{name} 周围的 zip 结构已被改动（文件头、日期、权限或文件之间的字节与写入时不同）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="54"/>
        <source>The archive member {name} is not as long as the archive says.</source>
        <translation>证据包中的 {name} 的长度与证据包中记载的不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="57"/>
        <source>The file {name} is missing from the archive.</source>
        <translation>证据包中缺少文件 {name}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="58"/>
        <source>The file {name} is in the archive but not listed in SHA256SUMS.</source>
        <translation>文件 {name} 在证据包中，但没有列在 SHA256SUMS 中。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="65"/>
        <source>The file {name} does not match its SHA-256 in SHA256SUMS.</source>
        <translation>文件 {name} 与 SHA256SUMS 中记载的 SHA-256 不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="66"/>
        <source>SHA256SUMS line {line} is not in the form “&lt;hash&gt;  &lt;file&gt;”.</source>
        <translation>SHA256SUMS 第 {line} 行不符合“&lt;哈希值&gt;  &lt;文件&gt;”的格式。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="67"/>
        <source>SHA256SUMS lists {name} more than once.</source>
        <translation>SHA256SUMS 中 {name} 出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="68"/>
        <source>The vault&apos;s public key ({name}) cannot be read.</source>
        <translation>无法读取证据库的公钥（{name}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="69"/>
        <source>The signature {name} over SHA256SUMS does not verify with identity.pem.</source>
        <translation>SHA256SUMS 的签名 {name} 无法用 identity.pem 验证通过。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="70"/>
        <source>The SSH signature {name} over SHA256SUMS is wrong: {why}.</source>
        <translation>SHA256SUMS 的 SSH 签名 {name} 有误：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="71"/>
        <source>The key file {name} does not hold the same key as {other}.</source>
        <translation>密钥文件 {name} 与 {other} 中的密钥不同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="72"/>
        <source>The manifest is not valid: {why}.</source>
        <translation>清单无效：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="73"/>
        <source>The archive was made by a newer version of this app (format {version}). Please update.</source>
        <translation>该证据包由更新版本的程序生成（格式 {version}）。请更新程序。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="76"/>
        <source>{name}, line {line}: {what}.</source>
        <translation>{name} 第 {line} 行：{what}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="77"/>
        <source>{name}, line {line}: the line is too long to be an entry.</source>
        <translation>{name} 第 {line} 行：该行太长，不可能是一个条目。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="78"/>
        <source>{name} does not end with a line break (cut short?).</source>
        <translation>{name} 没有以换行结尾（是否被截断？）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="79"/>
        <source>{name} holds no entry.</source>
        <translation>{name} 中没有任何条目。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="80"/>
        <source>{name} holds the recording {found}, not {expected}.</source>
        <translation>{name} 中是录音 {found}，而不是 {expected}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="81"/>
        <source>The recording {session} was made in a vault with another key than the one that signed this archive.</source>
        <translation>录音 {session} 来自另一个证据库，其密钥与为本证据包签名的密钥不同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="85"/>
        <source>The session key file {name} is not the key named in the recording&apos;s first entry.</source>
        <translation>录音密钥文件 {name} 不是录音第一个条目中写明的密钥。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="88"/>
        <source>The audio file {name} does not have the expected WAV header.</source>
        <translation>音频文件 {name} 的 WAV 文件头与预期不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="89"/>
        <source>The audio file {name} holds {found} samples where the journal records {expected}.</source>
        <translation>音频文件 {name} 中有 {found} 个采样，而日志记载的是 {expected} 个。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="93"/>
        <source>The audio file {name} is {found} bytes long where the {frames} samples the journal records take {expected}.</source>
        <translation>音频文件 {name} 长 {found} 字节，而日志记载的 {frames} 个采样应占 {expected} 字节。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="97"/>
        <source>The audio of {name} does not line up with the audio blocks the journal records ({count} left unmatched).</source>
        <translation>{name} 的音频与日志记载的音频块对不上（有 {count} 个未能对应）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="101"/>
        <source>Audio block {seq} (at {offset} in {name}) does not match the hash recorded at capture.</source>
        <translation>音频块 {seq}（位于 {name} 的 {offset} 处）与录制时记下的哈希值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="104"/>
        <source>The audio parts of recording {session} do not follow each other.</source>
        <translation>录音 {session} 的各段音频不连续。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="105"/>
        <source>The attachment {name} (entry {seq}) does not match the hash recorded at capture.</source>
        <translation>附件 {name}（第 {seq} 个条目）与录制时记下的哈希值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="108"/>
        <source>The attachment of entry {seq} in recording {session} is missing.</source>
        <translation>录音 {session} 中第 {seq} 个条目的附件缺失。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="109"/>
        <source>Recording {session} is a call in two tracks, but the manifest does not describe the other party&apos;s track.</source>
        <translation>录音 {session} 是分为两个音轨的通话，但清单没有描述对方的音轨。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="113"/>
        <source>The manifest describes recording {session} as a call in two tracks, but its journal has one track.</source>
        <translation>清单把录音 {session} 描述为分为两个音轨的通话，但其日志只有一个音轨。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="116"/>
        <source>The alignment data {name} is not the one derived from the journal of recording {session}.</source>
        <translation>对齐数据 {name} 与根据录音 {session} 的日志推导出的不一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="119"/>
        <source>The listening copy {name} is not the one derived from the two tracks of recording {session}.</source>
        <translation>试听副本 {name} 与根据录音 {session} 的两个音轨推导出的不一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="122"/>
        <source>The manifest says {what} for recording {session}, but the journal shows otherwise.</source>
        <translation>清单中录音 {session} 的{what}与日志所示不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="125"/>
        <source>The facts in report.html for recording {session} do not agree with the journal: {fact} is stated as {stated}; the journal gives {computed}.</source>
        <translation>report.html 中录音 {session} 的事实与日志不一致：{fact} 写的是 {stated}，日志得出的是 {computed}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="130"/>
        <source>report.html does not carry its facts in a readable form.</source>
        <translation>report.html 中的事实无法以可读的形式取出。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="131"/>
        <source>report.html is not in the one form the format gives it: exactly one script element, its facts, in canonical JSON.</source>
        <translation>report.html 不符合格式规定的唯一形式：只能有一个 script 元素，即其中的事实，且须为规范 JSON。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="135"/>
        <source>{name} is listed in SHA256SUMS, but the manifest does not say what it is.</source>
        <translation>{name} 列在 SHA256SUMS 中，但清单没有说明它是什么。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="138"/>
        <source>Recording {session}: {what}</source>
        <translation>录音 {session}：{what}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="139"/>
        <source>its trusted time stamps cannot be read ({why}); they prove nothing.</source>
        <translation>其可信时间戳无法读取（{why}），不能证明任何事。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="141"/>
        <source>nested too deeply</source>
        <translation>嵌套层数过多</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="142"/>
        <source>a library it uses stopped on this data</source>
        <translation>它使用的一个程序库在处理这些数据时中止了</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="143"/>
        <source>too large to hold in memory</source>
        <translation>太大，无法在内存中处理</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="144"/>
        <source>an error it did not expect</source>
        <translation>一个意料之外的错误</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="145"/>
        <source>The verifier met something in {name} it cannot interpret ({why}); the archive is not accepted.</source>
        <translation>验证程序在 {name} 中遇到了无法解读的内容（{why}）；此证据包不被接受。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="150"/>
        <source>Every file in the archive is listed in SHA256SUMS and matches its SHA-256 ({count} files).</source>
        <translation>证据包中的每个文件都列在 SHA256SUMS 中，且与其 SHA-256 相符（共 {count} 个文件）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="153"/>
        <source>SHA256SUMS is signed by the vault key {fingerprint} (raw Ed25519 and SSH signature). Compare this fingerprint with the one the owner gave you: the archive itself cannot prove whose key it is.</source>
        <translation>SHA256SUMS 由证据库密钥 {fingerprint} 签名（原始 Ed25519 签名和 SSH 签名）。请将此密钥指纹与所有者给您的密钥指纹核对：证据包本身无法证明这是谁的密钥。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="158"/>
        <source>Recording {session}: all {entries} entries are present and linked in one hash chain; every checkpoint and the seal are signed by the recording&apos;s own key, which was made in the vault {fingerprint}.</source>
        <translation>录音 {session}：全部 {entries} 个条目齐全，并连成一条哈希链；每个检查点和封存条目都由该录音自己的密钥签名，该密钥产生于证据库 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="163"/>
        <source>Recording {session}: the audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>录音 {session}：音频（{seconds} 秒）与录下的声音完全一致：每个音频块都与录制当时写下的哈希值相符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="168"/>
        <source>Recording {session}: all {entries} entries are present and linked in one hash chain; its start and every checkpoint are signed by the recording&apos;s own key, which was made in the vault {fingerprint}. It has no seal.</source>
        <translation>录音 {session}：全部 {entries} 个条目齐全，并连成一条哈希链；开始条目和每个检查点都由该录音自己的密钥签名，该密钥产生于证据库 {fingerprint}。该录音没有封存条目。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="173"/>
        <source>Recording {session}: the first {seconds} s of audio, which a signature covers, are exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>录音 {session}：有签名覆盖的前 {seconds} 秒音频与录下的声音完全一致：每个音频块都与录制当时写下的哈希值相符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="193"/>
        <source>Recording {session} was sealed at {end} ({reason}).</source>
        <translation>录音 {session} 于 {end} 封存（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="200"/>
        <source>Recording {session} is a call in two tracks: me, the microphone “{me}”, and the other party, what the computer played on “{other}”.</source>
        <translation>录音 {session} 是分为两个音轨的通话：我方，即麦克风“{me}”；对方，即电脑在“{other}”上播放的声音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="205"/>
        <source>Recording {session}: the other party&apos;s audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>录音 {session}：对方的音频（{seconds} 秒）与录下的声音完全一致：每个音频块都与录制当时写下的哈希值相符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="210"/>
        <source>Recording {session}: the clocks of the two devices were measured {ppm} ppm apart; the tracks are aligned by the capture time of each block, not by counting samples, and {name} is exactly what the journal gives.</source>
        <translation>录音 {session}：测得两个设备的时钟相差 {ppm} ppm；两个音轨按每个音频块的录制时间对齐，而不是按采样数对齐；{name} 与日志所给出的完全一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="216"/>
        <source>Recording {session}: {ppm} ppm is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</source>
        <translation>录音 {session}：{ppm} ppm 远远超出设备时钟之间的差别（通常为几十 ppm，最多几百 ppm）：该测量值还包含了某条音轨采集时间的跳变（例如电脑把声音转到另一个输出设备时），因此并不只反映时钟的差别。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="222"/>
        <source>Recording {session}: no difference between the clocks of the two devices could be measured; the tracks are aligned by the capture time of each block, and {name} is exactly what the journal gives.</source>
        <translation>录音 {session}：无法测出两个设备时钟之间的差异；两个音轨按每个音频块的录制时间对齐；{name} 与日志所给出的完全一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="227"/>
        <source>Recording {session}: {name} is a stereo listening copy derived from the two tracks (left: me, right: the other party), exactly as the rule derives it; the two tracks are the evidence.</source>
        <translation>录音 {session}：{name} 是由两个音轨推导出的立体声试听副本（左声道：我方，右声道：对方），与规则推导的结果完全一致；证据是这两个音轨本身。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="232"/>
        <source>Recording {session} is NOT a live recording: its source is “{source}” ({kind}).</source>
        <translation>录音 {session} 不是现场录音：其来源是“{source}”（{kind}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="235"/>
        <source>Recording {session} has %n recorded gaps in its audio.</source>
        <translation>
            <numerusform>录音 {session} 的音频中有 %n 处已记录的中断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="236"/>
        <source>Recording {session}: %n attachments are byte-identical to what was recorded.</source>
        <translation>
            <numerusform>录音 {session}：%n 个附件与录制时逐字节相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="239"/>
        <source>Recording {session}: %n later annotations, signed by the vault key, added after the recording.</source>
        <translation>
            <numerusform>录音 {session}：有 %n 条事后补充，由证据库密钥签名，在录音之后添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="257"/>
        <source>Recording {session}: %n further files (such as trusted timestamps) were not checked by this verifier; they are covered by SHA256SUMS.</source>
        <translation>
            <numerusform>录音 {session}：另有 %n 个文件（如可信时间戳）未经本验证程序检查；它们受 SHA256SUMS 保护。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="245"/>
        <source>The facts stated in report.html agree with the journal.</source>
        <translation>report.html 中陈述的事实与日志一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="59"/>
        <source>…and %n more files are in the archive but not listed in SHA256SUMS.</source>
        <translation>
            <numerusform>……另有 %n 个文件在证据包中，但未列在 SHA256SUMS 里。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="62"/>
        <source>…and %n more files listed in SHA256SUMS are missing from the archive.</source>
        <translation>
            <numerusform>……另有 %n 个列在 SHA256SUMS 里的文件不在证据包中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="178"/>
        <source>Recording {session}: the last %n entries, after entry {last} (the last signed one, at {signed_end}), and the {seconds} s of audio they hold are hash-chained but NOT signed: anyone who held the file before it was exported could have appended them. The report&apos;s facts leave them out.</source>
        <translation>
            <numerusform>录音 {session}：条目 {last}（最后一个有签名的条目，时间 {signed_end}）之后的最后 %n 个条目及其中的 {seconds} 秒音频已连入哈希链，但没有签名：导出之前持有该文件的任何人都可能追加了它们。报告中的事实不包括它们。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="186"/>
        <source>Stated by the owner at export, not proven: which recordings make up the case (an archive cannot show that no recording was left out), the time zone the report uses for local times (UTC{offset}), and the dates of later annotations (the owner&apos;s device clock), except for a review sitting a trusted time stamp covers (stated above).</source>
        <translation>由所有者在导出时声明、未经证明的内容：本案包含哪些录音（证据包无法证明没有遗漏任何录音）、报告中本地时间所用的时区（UTC{offset}），以及事后注释的日期（所有者设备的时钟），但有可信时间戳覆盖的查看除外（见上文）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="194"/>
        <source>Recording {session} ended by interruption at {end}; the last %n entries are hash-chained but not signed.</source>
        <translation>
            <numerusform>录音 {session} 于 {end} 因中断而结束；最后 %n 个条目已链入哈希链但未签名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="246"/>
        <source>report.pdf carries the same facts as report.html (in its metadata, compared byte for byte); its pages are a rendering of the report and are not compared.</source>
        <translation>report.pdf 携带与 report.html 相同的事实（在其元数据中，逐字节比对）；其页面是报告的排版呈现，未作比对。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="251"/>
        <source>report.pdf does not carry the facts of report.html: {what}.</source>
        <translation>report.pdf 未携带 report.html 的事实：{what}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="252"/>
        <source>Not proven: the times come from the recording device&apos;s own clock; no trusted timestamp shows when the recording existed.</source>
        <translation>未能证明：时间来自录音设备自身的时钟；没有可信时间戳证明录音何时已存在。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="264"/>
        <source>Not proven: that the events recorded were not staged, or that what was said is true. The signatures show the recording was not changed after capture, not who holds the key.</source>
        <translation>未能证明：所记录的事件不是事先安排的，或所说的话属实。签名只能证明录音在录制后未被改动，不能证明密钥由谁持有。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/imports.py" line="52"/>
        <source>Import {session}: %n files imported on {when}, NOT recorded by this app (source stated: “{source}”). Their content before the import is not proven by this app; from the import on, the files are byte-identical to what was imported.</source>
        <translation>
            <numerusform>导入批次 {session}：{when} 导入了 %n 个文件，并非本软件录制（用户所述来源：“{source}”）。本软件不能证明其导入之前的内容；自导入起，这些文件与导入时逐字节一致。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="60"/>
        <source>The imported file {name} (entry {seq}) does not match the hash recorded at its import.</source>
        <translation>导入的文件 {name}（第 {seq} 条）与导入时记录的哈希值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="63"/>
        <source>The derived rows {name} (entry {seq}) do not match the hash recorded at the import.</source>
        <translation>派生的记录 {name}（第 {seq} 条）与导入时记录的哈希值不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="66"/>
        <source>Import {session}: the rows of entry {seq} could not be derived again from the imported original ({what}).</source>
        <translation>导入批次 {session}：无法由导入的原件重新得出第 {seq} 条的记录（{what}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="70"/>
        <source>Import {session}: {rows} call rows were read from a screenshot and confirmed or corrected by the user; they are the user&apos;s reading of the image, not derived again by the verifier.</source>
        <translation>导入批次 {session}：{rows} 条通话记录读自截图，并经用户确认或更正；这是用户对图片的解读，验证程序不会重新得出。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="75"/>
        <source>Import {session}: {rows} call-log rows were decrypted from an encrypted iPhone backup with its passphrase, which the package does not hold: the encrypted originals are checked, the rows could not be derived again.</source>
        <translation>导入 {session}：{rows} 条通话记录行是用备份密码从加密的 iPhone 备份中解密得到的，证据包不含该密码：已核对加密的原件，但这些行无法再次派生。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="80"/>
        <source>Import {session}: the {rows} call-log rows were parsed again from the imported original (parser {parser}, version {version}) and are identical; the call and message figures in the report were recomputed from them.</source>
        <translation>导入批次 {session}：已由导入的原件重新解析出 {rows} 条通话记录（解析器 {parser}，版本 {version}），结果完全一致；报告中的通话与短信数字均据此重新计算。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="25"/>
        <source>Marks {session}: on {when} the owner marked {numbers} (their own statement of whose numbers these are, not proven by anything).</source>
        <translation>标记 {session}：所有者于 {when} 标记了 {numbers}（这是所有者本人对号码归属的陈述，没有任何证明）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="30"/>
        <source>The report&apos;s call and message figures of the case differ from those recomputed from the imported logs and marks: {fact} is stated as {stated}, recomputed as {computed}.</source>
        <translation>报告中本案的通话和短信数字与根据导入的记录和标记重新计算的结果不同：{fact} 报告为 {stated}，重新计算为 {computed}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="24"/>
        <source>Excerpt {name} holds exactly the samples of recording {session} from frame {start} to {end} ({seconds} s); its Opus copy is only derived from it (for playing), not proven to sound the same.</source>
        <translation>片段 {name} 正是录音 {session} 第 {start} 至 {end} 帧的样本（{seconds} 秒）；其 Opus 副本只是由它派生的（供播放），并未证明听起来完全相同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="29"/>
        <source>Excerpt {name} does not hold the samples its manifest entry states: it was changed.</source>
        <translation>片段 {name} 中的样本与清单所写的不符：它已被改动。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="32"/>
        <source>Excerpt {name} is not the samples of recording {session} from frame {start} to {end}.</source>
        <translation>片段 {name} 不是录音 {session} 第 {start} 至 {end} 帧的样本。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="35"/>
        <source>Excerpt {name} names recording {session}, whose audio this archive does not hold at those frames.</source>
        <translation>片段 {name} 指向录音 {session}，但本证据包中没有该录音在这些帧的音频。</translation>
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
        <translation>命令和参数</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="21"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="22"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="24"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="25"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="26"/>
        <source>one of the arguments %s is required</source>
        <translation>需要参数 %s 之一</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="27"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="28"/>
        <source>ignored explicit argument %r</source>
        <translation>多余的参数值 %r 被忽略</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="29"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="31"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="32"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="33"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="34"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="35"/>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="36"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的值：%(value)r（应为 %(type)s）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="37"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="38"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="40"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../recorder/gui/banner.py" line="50"/>
        <location filename="../../recorder/gui/banner.py" line="70"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../recorder/cli/common.py" line="26"/>
        <source>Passphrase: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="27"/>
        <source>Choose a passphrase: </source>
        <translation>请设定密码：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="28"/>
        <source>Current passphrase: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="29"/>
        <source>New passphrase: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="81"/>
        <source>The first line of {path} is longer than {limit} characters: it is not a passphrase file.</source>
        <translation>{path} 的第一行超过 {limit} 个字符：这不是密码文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="90"/>
        <source>A passphrase is needed. Give it with --passphrase-file FILE.</source>
        <translation>需要密码。请用 --passphrase-file 文件 提供。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="25"/>
        <source>VERIFIED: the evidence package {name} is authentic and complete.</source>
        <translation>验证通过：证据包 {name} 真实且完整。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="26"/>
        <source>NOT VERIFIED: the evidence package {name} fails the checks below.</source>
        <translation>验证未通过：证据包 {name} 未通过以下检查。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="30"/>
        <source>export recordings as one sealed evidence package (zip)</source>
        <translation>把录音导出为一个已封存的证据包（zip）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="32"/>
        <source>export every recording of this case</source>
        <translation>导出此案件的所有录音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="35"/>
        <source>restricted-hours rules</source>
        <translation>限制时段规则</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="40"/>
        <source>language of the report (default: the language of the program)</source>
        <translation>报告的语言（默认：程序的语言）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="43"/>
        <source>encrypt to an age public key</source>
        <translation>用 age 公钥加密</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="44"/>
        <source>encrypt with a passphrase</source>
        <translation>用密码加密</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="50"/>
        <source>carry a stretch in the package as an excerpt (FROM, TO: h:m:s or a tag); repeatable</source>
        <translation>在证据包中附上一段片段（FROM、TO：时:分:秒 或标签）；可重复</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="56"/>
        <source>carry excerpt folders made with “recorder excerpt” (one, or a folder of them)</source>
        <translation>附上用“recorder excerpt”制作的片段文件夹（一个，或包含多个片段文件夹的文件夹）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="61"/>
        <source>verify an evidence package (exit 0 authentic, 1 not)</source>
        <translation>验证证据包（退出码 0 表示真实，1 表示不是）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="66"/>
        <source>age key to open an encrypted package</source>
        <translation>用于打开加密证据包的 age 密钥</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="77"/>
        <source>A passphrase for the package is needed: give --export-passphrase-file FILE.</source>
        <translation>需要证据包的密码：请用 --export-passphrase-file 文件 提供。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="79"/>
        <location filename="../../recorder/cli/archive_cmds.py" line="179"/>
        <source>Passphrase for the evidence package: </source>
        <translation>证据包的密码：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="80"/>
        <location filename="../../recorder/cli/common.py" line="92"/>
        <source>Type the passphrase again: </source>
        <translation>请再输入一次密码：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="101"/>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="53"/>
        <source>Name one recording, or a case with --case NAME.</source>
        <translation>请指定一段录音，或用 --case 名称 指定一个案件。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="103"/>
        <source>--export-passphrase-file goes with --encrypt-passphrase.</source>
        <translation>--export-passphrase-file 需与 --encrypt-passphrase 一起使用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/archive_cmds.py" line="116"/>
        <source>%n time stamps that were waiting were obtained and go into the package.</source>
        <translation>
            <numerusform>已取得 %n 个等待中的可信时间戳，将放入证据包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/archive_cmds.py" line="134"/>
        <source>Exported %n recordings to {path} ({size} bytes). Vault key fingerprint: {fingerprint}</source>
        <translation>
            <numerusform>已将 %n 个录音导出到 {path}（{size} 字节）。证据库密钥指纹：{fingerprint}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="156"/>
        <source>{path} is not a regular file: give the evidence package itself (a .zip file).</source>
        <translation>{path} 不是普通文件：请给出证据包本身（一个 .zip 文件）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="106"/>
        <source>Recording {session} was interrupted; it was closed at its last intact entry.</source>
        <translation>录音 {session} 曾中断；已在最后一个完好的条目处结束。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="63"/>
        <source>Evidence Recorder: record visits and calls as evidence that anyone can verify.</source>
        <translation>证据记录器：把上门和来电记录为任何人都能验证的证据。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="74"/>
        <source>the vault folder (default: $RECORDER_HOME or the user data folder)</source>
        <translation>证据库文件夹（默认：$RECORDER_HOME 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="79"/>
        <source>read the passphrase from the first line of FILE instead of asking for it</source>
        <translation>从 FILE 的第一行读取密码，而不是当场询问</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="84"/>
        <source>the language of the messages (default: the system&apos;s)</source>
        <translation>提示信息的语言（默认：系统语言）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="86"/>
        <source>open the app already recording</source>
        <translation>打开程序并立即开始录音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="87"/>
        <source>open, record 1 s, seal, check, exit</source>
        <translation>打开、录音 1 秒、封存、检查、退出</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="145"/>
        <source>Stopped before a recording began: nothing was recorded.</source>
        <translation>在录音开始之前已停止：没有录下任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="146"/>
        <source>Stopped by Ctrl-C or SIGTERM before the command finished. Nothing was changed.</source>
        <translation>命令完成之前被 Ctrl-C 或 SIGTERM 停止。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="22"/>
        <source>recording</source>
        <translation>正在录音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="23"/>
        <source>sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="24"/>
        <source>recovered after interruption</source>
        <translation>中断后已恢复</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="25"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="26"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="27"/>
        <source>MISSING (listed in the vault&apos;s ledger, cannot be read)</source>
        <translation>缺失（登记在证据库的清单中，但无法读取）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="32"/>
        <source>list recordings (recovers interrupted ones)</source>
        <translation>列出录音（并恢复中断的录音）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="35"/>
        <source>check recordings in the vault</source>
        <translation>检查证据库中的录音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="63"/>
        <source>No recordings yet.</source>
        <translation>还没有录音。</translation>
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
        <translation>{id}  {start}  {state}  （案件、结束时间和时长已锁定：输入密码后可见）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="82"/>
        <source>{id}  {case}  {start} – {end}  {seconds:.1f} s  {state}  {checked}</source>
        <translation>{id}  {case}  {start} – {end}  {seconds:.1f} 秒  {state}  {checked}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="89"/>
        <source>checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="89"/>
        <source>NOT CHECKED</source>
        <translation>未通过检查</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="97"/>
        <source>  A call: me {me:.1f} s, the other party {other:.1f} s of audio.</source>
        <translation>  通话：我方 {me:.1f} 秒，对方 {other:.1f} 秒音频。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="179"/>
        <source>{session}: all checks hold ({entries} entries, {seconds:.1f} s of audio).</source>
        <translation>{session}：所有检查均通过（{entries} 个条目，{seconds:.1f} 秒音频）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/session_cmds.py" line="187"/>
        <source>  The last %n entries (after the last signature, before the interruption at {end}) are hash-chained but not signed.</source>
        <translation>
            <numerusform>  最后 %n 个条目（在最后一次签名之后、{end} 中断之前）已链入哈希链但未签名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="198"/>
        <location filename="../../recorder/cli/session_cmds.py" line="207"/>
        <source>{session}: CHECK FAILED.</source>
        <translation>{session}：检查未通过。</translation>
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
        <translation>证据库的录音清单</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="14"/>
        <source>create an evidence vault</source>
        <translation>创建证据库</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="16"/>
        <source>change the vault passphrase</source>
        <translation>更改证据库密码</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="25"/>
        <source>Evidence vault created in {home}.</source>
        <translation>已在 {home} 创建证据库。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="27"/>
        <source>Keep the passphrase safe: if it is forgotten, the recordings cannot be opened by anyone.</source>
        <translation>请妥善保管密码：一旦忘记，任何人都无法打开这些录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="39"/>
        <source>The passphrase was changed. Recordings were not touched.</source>
        <translation>密码已更改。录音没有被改动。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="47"/>
        <source>record from the microphone until Ctrl-C; lines typed become notes, “#word” tags</source>
        <translation>用麦克风录音直到按 Ctrl-C；输入的每行成为备注，“#词语”成为标记</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="49"/>
        <source>the case this recording is for</source>
        <translation>本次录音所属的案件</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="50"/>
        <source>stop after S seconds</source>
        <translation>S 秒后停止</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="51"/>
        <source>the input&apos;s name or number (see “devices”)</source>
        <translation>输入设备的名称或编号（见“devices”）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="52"/>
        <source>sample rate (default 48000)</source>
        <translation>采样率（默认 48000）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="56"/>
        <source>record a test signal instead: “test-tone”, or “file:PATH.wav” (never marked live)</source>
        <translation>改为录制测试信号：“test-tone”或“file:路径.wav”（绝不标记为现场录音）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="61"/>
        <source>call mode: the microphone (me) and what the computer plays (the other party) as two tracks</source>
        <translation>通话模式：麦克风（我方）与电脑播放的声音（对方）分为两条音轨</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="68"/>
        <source>in call mode, the output whose sound is the other party (default: the default output)</source>
        <translation>通话模式下，其声音为对方的输出设备（默认：系统默认输出）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="72"/>
        <source>list audio inputs</source>
        <translation>列出输入设备</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="76"/>
        <source>list the outputs whose sound call mode can record (the other party)</source>
        <translation>列出通话模式可录制其声音的输出设备（对方）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="89"/>
        <source>Unknown source “{source}”: use “test-tone” or “file:PATH.wav”.</source>
        <translation>未知来源“{source}”：请使用“test-tone”或“file:路径.wav”。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="92"/>
        <source>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</source>
        <translation>由于意外错误，对方的声音已不再录制。您的麦克风继续录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="99"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</source>
        <translation>电脑的声音（对方）也已无法录制。两者一旦恢复都会重新录制；中断已被记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="168"/>
        <source>The case name holds bytes that are not text in this system&apos;s encoding. Nothing was recorded: type the name again, or choose another.</source>
        <translation>案件名称中有不属于本系统文字编码的字节。没有录音：请重新输入名称，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="175"/>
        <source>The case name is empty. Nothing was recorded: give it with --case NAME.</source>
        <translation>案件名称为空。没有录音：请用 --case 名称 指定。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="178"/>
        <source>The case name is {length} characters long; at most {limit} are allowed.</source>
        <translation>案件名称长 {length} 个字符；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="183"/>
        <source>The input&apos;s name holds bytes that are not text: see “recorder devices”.</source>
        <translation>输入设备名称中有不是文字的字节：请查看“recorder devices”。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="187"/>
        <source>--duration takes a number of seconds above 0 and at most {limit:.0f}.</source>
        <translation>--duration 需要一个大于 0、最多 {limit:.0f} 的秒数。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="194"/>
        <source>--rate takes a sample rate in Hz from 1000 to 384000.</source>
        <translation>--rate 需要 1000 到 384000 之间的采样率（Hz）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="198"/>
        <source>--stamp-every takes a number of minutes above 0 and at most {limit:.0f}.</source>
        <translation>--stamp-every 需要一个大于 0、最多 {limit:.0f} 的分钟数。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="224"/>
        <source>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</source>
        <translation>各地关于通话录音的法律不同：有些地方须经通话各方同意方可录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="230"/>
        <source>--loopback is for call mode: add --call.</source>
        <translation>--loopback 用于通话模式：请加上 --call。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="256"/>
        <source>Recording {session} as a call: me from “{input}”, the other party from “{other}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</source>
        <translation>正在以通话模式录音 {session}：我方来自“{input}”，对方来自“{other}”。按 Ctrl-C 停止。在这里输入的一行文字会成为备注；“#词语”成为标记。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="267"/>
        <source>Recording {session} from “{input}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</source>
        <translation>正在从“{input}”录音 {session}。按 Ctrl-C 停止。在这里输入的一行文字会成为备注；“#词语”成为标记。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="303"/>
        <source>Trusted time stamps: {got} obtained, {waiting} waiting for a time-stamp authority.</source>
        <translation>可信时间戳：已取得 {got} 个，{waiting} 个在等待时间戳服务。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="421"/>
        <source>Typed lines can no longer be read (standard input failed); recording goes on.</source>
        <translation>无法再读取输入的文字（标准输入出错）；录音继续进行。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="442"/>
        <source>A typed line could not be added to the recording; the next lines are read.</source>
        <translation>有一行输入的文字未能加入录音；后面的行会继续读取。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="476"/>
        <source>The other party&apos;s sound was not recorded to the end (an unexpected error); your microphone&apos;s was.</source>
        <translation>对方的声音未能录到最后（意外错误）；您麦克风的声音已完整录下。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="493"/>
        <source>Sealed {session}: {seconds:.1f} s of audio; notes: {notes}, tags: {tags}, gaps: {gaps}; fingerprint {fingerprint}.</source>
        <translation>已封存 {session}：{seconds:.1f} 秒音频；备注 {notes} 条，标记 {tags} 个，中断 {gaps} 处；校验码 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="503"/>
        <source>Saved {session} up to the failure: {seconds:.1f} s of audio. It could not be sealed now and will be marked as interrupted the next time the vault is opened.</source>
        <translation>{session} 已保存至出错之时：{seconds:.1f} 秒音频。现在无法封存，下次打开证据库时会标记为已中断。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/record_cmds.py" line="528"/>
        <source>%n typed lines were not added to the recording (the reasons are above).</source>
        <translation>
            <numerusform>有 %n 行输入的文字未能加入录音（原因见上文）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="543"/>
        <source>No audio input was found.</source>
        <translation>没有找到音频输入设备。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="547"/>
        <source>{mark} {index:&gt;3}  {name}  ({rate} Hz, {api})</source>
        <translation>{mark} {index:&gt;3}  {name}  （{rate} Hz，{api}）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="554"/>
        <source>* the default input</source>
        <translation>* 默认输入设备</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="562"/>
        <source>No output whose sound can be recorded was found.</source>
        <translation>未找到可录制其声音的输出设备。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="570"/>
        <source>{mark} {id}  {name}</source>
        <translation>{mark} {id}  {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="577"/>
        <source>* the default output&apos;s sound, recorded when --loopback is not given</source>
        <translation>* 默认输出设备的声音，未指定 --loopback 时录制它</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="33"/>
        <source>a time-stamp authority to ask, tried in order (repeat for more; default: settings)</source>
        <translation>要请求的时间戳服务，按顺序尝试（可重复指定多个；默认：设置中的）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="39"/>
        <source>also trust this root certificate for time-stamp tokens (repeatable)</source>
        <translation>同时信任此根证书签发的时间戳令牌（可重复）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="45"/>
        <source>ask 2 different authorities for each stamp</source>
        <translation>每个时间戳都向 2 个不同的服务请求</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="53"/>
        <source>minutes between time stamps of the newest checkpoint while recording (default 5)</source>
        <translation>录音时为最新检查点盖时间戳的间隔分钟数（默认 5）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="35"/>
        <source>import files (call recordings, screenshots, backups) into a case, sealed</source>
        <translation>将文件（通话录音、截图、备份）导入案件并封存</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="39"/>
        <source>where the files come from, e.g. “Xiaomi call recorder”</source>
        <translation>文件来源，例如“小米通话录音”</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="47"/>
        <source>import a call log or message backup (SMS Backup &amp; Restore XML, CSV template)</source>
        <translation>导入通话记录或短信备份（SMS Backup &amp; Restore 的 XML，或 CSV 模板）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="50"/>
        <source>where the backup comes from</source>
        <translation>备份的来源</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="54"/>
        <source>the phone&apos;s time zone, e.g. Asia/Shanghai (default: this computer&apos;s)</source>
        <translation>手机所用时区，例如 Asia/Shanghai（默认：本机时区）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="61"/>
        <source>an encrypted iPhone backup&apos;s passphrase, on the first line of FILE</source>
        <translation>加密 iPhone 备份的密码，写在 FILE 的第一行</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="69"/>
        <source>mark a number as the collector&apos;s (company, platform, person) or a family member&apos;s</source>
        <translation>将号码标记为催收方的（公司、平台、人员）或家人的</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="73"/>
        <source>the company that collects, as you know it</source>
        <translation>催收公司（就您所知）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="74"/>
        <source>the lending app or platform of the debt</source>
        <translation>欠款所属的借贷 App 或平台</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="75"/>
        <source>the person&apos;s name, as given</source>
        <translation>对方自称的姓名</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="79"/>
        <source>the pattern of calls and messages in a case&apos;s imported logs</source>
        <translation>案件中已导入通话记录的来电与短信规律</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="103"/>
        <source>Imported {name} ({size} bytes, SHA-256 {sha256}).</source>
        <translation>已导入 {name}（{size} 字节，SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="132"/>
        <source>This iPhone backup is encrypted: give its passphrase with --backup-passphrase-file FILE.</source>
        <translation>此 iPhone 备份已加密：请用 --backup-passphrase-file FILE 提供它的密码。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="134"/>
        <source>Passphrase of the iPhone backup: </source>
        <translation>iPhone 备份的密码：</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="147"/>
        <source>Imported {path} into “{case}” as import {session}, sealed: {rows} calls and messages read by the {parser} parser, times in {zone}.</source>
        <translation>已将 {path} 导入“{case}”（导入批次 {session}），已封存：{parser} 解析器读出 {rows} 条通话和短信，时间按 {zone}。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="168"/>
        <source>Marked {numbers} in “{case}” ({mark}), signed as marks {session}.</source>
        <translation>已在“{case}”中标记 {numbers}（{mark}），已签名保存为标记 {session}。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="182"/>
        <source>the collector&apos;s</source>
        <translation>催收方号码</translation>
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
        <translation>其他联系人</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="186"/>
        <source>no mark</source>
        <translation>无标记</translation>
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
        <translation>人员：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="207"/>
        <source>No call log or messages have been imported into “{case}”.</source>
        <translation>“{case}”中尚未导入任何通话记录或短信。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="215"/>
        <source>Times in {zone} (the phone&apos;s time zone, as stated at the import).</source>
        <translation>时间按 {zone}（导入时所述的手机时区）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="217"/>
        <source>In total: {calls} calls received ({answered} answered, {missed} missed, {rejected} rejected or blocked), {out} calls made, {msg_in} messages received, {msg_out} sent.</source>
        <translation>合计：来电 {calls} 次（接听 {answered}，未接 {missed}，拒接或拦截 {rejected}），去电 {out} 次，收到短信 {msg_in} 条，发出 {msg_out} 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="302"/>
        <source>%n of these calls were read from screenshots and confirmed by you.</source>
        <translation>
            <numerusform>其中 %n 次通话读自截图，并经您确认。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="307"/>
        <source>Contacts with numbers marked as family, colleagues or other contacts: {count}.</source>
        <translation>与标记为家人、同事或其他联系人的号码之间的联系：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="234"/>
        <source>  {number}{mark}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages</source>
        <translation>  {number}{mark}：来电 {calls} 次（未接 {missed}，拒接 {rejected}），短信 {msg_in} 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="109"/>
        <source>%n files imported into “{case}” as import {session}, sealed. Their content before the import is not proven by this app; from now on any change is detected.</source>
        <translation>
            <numerusform>已将 %n 个文件导入“{case}”（导入批次 {session}），已封存。本软件不能证明其导入之前的内容；从现在起，任何改动都会被发现。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="212"/>
        <source>%n calls or messages present in two imported logs were counted once.</source>
        <translation>
            <numerusform>%n 条同时出现在两份导入记录中的通话或短信只计一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="247"/>
        <source>  {day}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages received</source>
        <translation>  {day}：来电 {calls} 次（未接 {missed}，拒接 {rejected}），收到短信 {msg_in} 条</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="261"/>
        <source>Contacts between {start} and {end} ({rule}): {count}.</source>
        <translation>{start} 至 {end} 之间的联系（{rule}）：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="270"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline “{rule}” (at most {limit} a day).</source>
        <translation>{day}：{number} 未接通的来电 {n} 次——超出指引“{rule}”（每天至多 {limit} 次）。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="281"/>
        <source>7 days up to {day}: {n} calls from {number} — more than {limit}, exceeds “{rule}”.</source>
        <translation>截至 {day} 的 7 天内：{number} 来电 {n} 次——多于 {limit} 次，超出“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="290"/>
        <source>{when}: a call from {number} within 7 days after a conversation on {talk} — exceeds “{rule}”.</source>
        <translation>{when}：{number} 在 {talk} 通话后 7 天内再次来电——超出“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="299"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>本地区未引用任何规则：仅列出次数，不对照指引。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="17"/>
        <source>Excerpt of {session} written to {path}: {seconds} s, {wav} bytes as WAV, {small} bytes as Opus.</source>
        <translation>录音 {session} 的片段已写入 {path}：{seconds} 秒，WAV {wav} 字节，Opus {small} 字节。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="20"/>
        <source>VERIFIED: the excerpt is signed and whole.</source>
        <translation>验证通过：片段有签名且完整。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="21"/>
        <source>NOT VERIFIED: the excerpt fails the checks below.</source>
        <translation>验证未通过：片段未通过以下检查。</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="25"/>
        <source>export a stretch of a recording, signed, as a folder</source>
        <translation>把录音中的一段导出为带签名的片段文件夹</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="27"/>
        <source>the recording of this case holding the start tag</source>
        <translation>本案件中含有起点标记的录音</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="29"/>
        <source>start: h:m:s or a tag</source>
        <translation>起点：时:分:秒 或一个标记</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="31"/>
        <source>end: h:m:s or a tag</source>
        <translation>终点：时:分:秒 或一个标记</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="36"/>
        <source>the full archive of this recording, named in the excerpt</source>
        <translation>该录音的完整证据包，片段中会注明它</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="40"/>
        <source>check an excerpt folder (exit 0 authentic, 1 not)</source>
        <translation>验证片段文件夹（退出码 0 为真实，1 为否）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="42"/>
        <source>the full archive it was cut from</source>
        <translation>片段所取自的完整证据包</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/complaint_cmds.py" line="13"/>
        <source>Complaint package for {channel} written to {path}: %n files attached, narrative {chars} of {limit} characters.</source>
        <translation>
            <numerusform>{channel} 的投诉材料包已写入 {path}：附件 %n 个，事情经过 {chars}/{limit} 字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="22"/>
        <source>make a complaint package for one channel from a case</source>
        <translation>为一个投诉渠道制作案件的投诉材料包</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="29"/>
        <source>the case&apos;s sealed archive (made now when not given)</source>
        <translation>案件已封存的证据包（未给出时现在生成）</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="32"/>
        <source>an excerpt folder to attach</source>
        <translation>要附上的片段文件夹</translation>
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
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>CallMode</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="39"/>
        <source>There is no output called “{device}” whose sound can be recorded, so the other party&apos;s sound is not being recorded. Your microphone is recording.</source>
        <translation>没有名为“{device}”且可录制其声音的输出设备，因此对方的声音没有被录下。您的麦克风正在录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="45"/>
        <source>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</source>
        <translation>由于意外错误，对方的声音已不再录制。您的麦克风继续录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="50"/>
        <source>The other party&apos;s sound (what the computer plays) cannot be recorded here ({reason}), so only your microphone is being recorded.</source>
        <translation>此处无法录制对方的声音（即电脑播放的声音）：{reason}。因此只录制您的麦克风。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="59"/>
        <source>The computer&apos;s sound (the other party) was lost while the recording is paused. When you resume, your microphone is recorded, and the other party&apos;s sound as soon as it is back; the gap is recorded.</source>
        <translation>录音暂停期间，电脑的声音（对方）已断开。继续录音后，您的麦克风会被录下，对方的声音一旦恢复也会被录下；中断已被记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="68"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</source>
        <translation>电脑的声音（对方）也已无法录制。两者一旦恢复都会重新录制；中断已被记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="77"/>
        <source>The other party&apos;s sound is back (“{device}”); it is recorded when you resume.</source>
        <translation>对方的声音已恢复（“{device}”）；继续录音后即会录下。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="83"/>
        <source>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</source>
        <translation>各地关于通话录音的法律不同：有些地方须经通话各方同意方可录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="95"/>
        <source>Call recording started (me: {me}; the other party&apos;s sound could not be opened)</source>
        <translation>通话录音已开始（我方：{me}；对方的声音无法打开）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="98"/>
        <source>Call recording started (me: {me}; the other party: {other})</source>
        <translation>通话录音已开始（我方：{me}；对方：{other}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="102"/>
        <source>The other party&apos;s sound lost ({device}); the gap is recorded</source>
        <translation>对方的声音已断开（{device}）；中断已记录</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="106"/>
        <source>The other party&apos;s sound is back ({device})</source>
        <translation>对方的声音已恢复（{device}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="110"/>
        <source>The other party: gap of {seconds} s</source>
        <translation>对方：中断 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>CallModeHelp</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="233"/>
        <source>Call mode</source>
        <translation>通话模式</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="238"/>
        <source>Call mode records a call you take on this computer (WeChat, QQ, Skype, a softphone) as two tracks of one recording: your microphone (me) and what the computer plays (the other party). Turn on “Call mode” beside Record, then record as usual.</source>
        <translation>通话模式把您在本机上接听的通话（微信、QQ、Skype、网络电话软件）录成同一段录音中的两条音轨：您的麦克风（我方）和电脑播放的声音（对方）。打开“开始录音”旁的“通话模式”，然后照常录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="243"/>
        <source>If either sound is lost, the other goes on being recorded and the gap is recorded; the strip at the top says which.</source>
        <translation>任一方的声音断开时，另一方继续录音，中断会被记录；窗口顶部的状态栏会说明是哪一方。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="247"/>
        <source>On macOS, install a virtual output such as BlackHole and send the call&apos;s sound to it (see the README).</source>
        <translation>在 macOS 上，请安装 BlackHole 等虚拟输出设备，并把通话的声音送到它（见 README）。</translation>
    </message>
</context>
<context>
    <name>CallSwitch</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="151"/>
        <source>☎ Call mode: on</source>
        <translation>☎ 通话模式：开</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="151"/>
        <source>☎ Call mode: off</source>
        <translation>☎ 通话模式：关</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="159"/>
        <source>On: Record records a call on this computer as two tracks, your microphone (me) and what the computer plays (the other party). Chosen before recording starts.</source>
        <translation>打开后，“开始录音”会把本机上的通话录成两条音轨：您的麦克风（我方）和电脑播放的声音（对方）。须在开始录音前选择。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="163"/>
        <source>Call mode</source>
        <translation>通话模式</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="136"/>
        <source>Calls and messages: {case}</source>
        <translation>通话与短信：{case}</translation>
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
        <translation>来电</translation>
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
        <translation>拒接或拦截</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="143"/>
        <location filename="../../recorder/gui/calls_view.py" line="157"/>
        <source>Messages received</source>
        <translation>收到短信</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="144"/>
        <source>In restricted hours</source>
        <translation>限制时段内</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="145"/>
        <source>Calls received in 7 days</source>
        <translation>7 天内来电</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="150"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="151"/>
        <source>Marked as</source>
        <translation>标记为</translation>
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
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="160"/>
        <source>Mark a number…</source>
        <translation>标记号码…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="163"/>
        <source>Bars, from the bottom: answered (blue), missed (amber), rejected or blocked (red), messages (grey).</source>
        <translation>柱形自下而上：已接听（蓝）、未接（橙）、拒接或拦截（红）、短信（灰）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="176"/>
        <source>Reading the imported logs…</source>
        <translation>正在读取导入的通话记录…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="181"/>
        <source>The logs could not be read.</source>
        <translation>无法读取通话记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="188"/>
        <source>No call log or messages have been imported into this case.</source>
        <translation>此案件中尚未导入任何通话记录或短信。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="197"/>
        <source>{calls} calls received ({missed} missed, {rejected} rejected or blocked) and {messages} messages, times in {zone} (the phone&apos;s time zone, as stated at the import). Imported, not recorded by this app.</source>
        <translation>来电 {calls} 次（未接 {missed}，拒接或拦截 {rejected}），短信 {messages} 条；时间按 {zone}（导入时所述的手机时区）。导入的（非本软件录制）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="224"/>
        <source>Contacts between {start} and {end}: {count}.</source>
        <translation>{start} 至 {end} 之间的联系：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="232"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</source>
        <translation>{day}：{number} 未接通的来电 {n} 次——超出指引“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="240"/>
        <source>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</source>
        <translation>截至 {day} 的 7 天内：{number} 来电 {n} 次——超出指引“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="248"/>
        <source>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</source>
        <translation>{when}：{number} 在通话后 7 天内再次来电——超出指引“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="255"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>本地区未引用任何规则：仅列出次数，不对照指引。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="260"/>
        <source>the collector&apos;s</source>
        <translation>催收方号码</translation>
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
        <translation>其他联系人</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="289"/>
        <source>Mark this number…</source>
        <translation>标记此号码…</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="133"/>
        <source>checked, no problems</source>
        <translation>已检查，没有问题</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="133"/>
        <source>check found problems</source>
        <translation>检查发现问题</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="139"/>
        <source>A call: two tracks, me and the other party</source>
        <translation>通话：两条音轨，我方和对方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="144"/>
        <source>sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="145"/>
        <source>recording</source>
        <translation>正在录音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="146"/>
        <source>recovered after interruption</source>
        <translation>中断后已恢复</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="147"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="148"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="221"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="221"/>
        <source>Cases (unlock to see them)</source>
        <translation>案件（解锁后可见）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="222"/>
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="222"/>
        <source>Recordings, newest first</source>
        <translation>录音（最新的在前）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="223"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="224"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="225"/>
        <source>Unlock to see cases and play recordings…</source>
        <translation>解锁以查看案件并播放录音…</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../recorder/core/chain.py" line="263"/>
        <source>signature does not verify</source>
        <translation>签名验证不通过</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="264"/>
        <source>the first entry must be, and only the first entry may be, “{kind}”</source>
        <translation>第一个条目必须是、且只有第一个条目可以是“{kind}”</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="266"/>
        <source>has no clock measure (drift), which a call&apos;s checkpoints and seal carry</source>
        <translation>缺少时钟测量（漂移），而通话录音的检查点和封存条目都应带有它</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="267"/>
        <source>its clock measure (drift) does not match the call&apos;s audio entries before it</source>
        <translation>其时钟测量（漂移）与通话中此前的音频条目不符</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="268"/>
        <source>carries a clock measure (drift), which belongs only in a call&apos;s checkpoints and seal after its first track entry</source>
        <translation>带有时钟测量（漂移），而只有通话录音中第一个带音轨的条目之后的检查点和封存条目才应带有它</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="331"/>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="334"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="337"/>
        <source>not in canonical form</source>
        <translation>不是规范格式</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="341"/>
        <source>unknown entry version {version}</source>
        <translation>未知的条目版本 {version}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="345"/>
        <source>has no body</source>
        <translation>缺少内容部分</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="349"/>
        <source>unknown kind {kind}</source>
        <translation>未知的条目类型 {kind}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="352"/>
        <source>has an unknown field {name}</source>
        <translation>含有未知字段 {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="354"/>
        <location filename="../../recorder/core/chain.py" line="445"/>
        <source>comes after the seal</source>
        <translation>出现在封存之后</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="358"/>
        <source>names an unknown track {track}</source>
        <translation>标明了未知的音轨 {track}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="365"/>
        <source>has no valid time</source>
        <translation>没有有效的时间</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="373"/>
        <location filename="../../recorder/core/chain.py" line="377"/>
        <location filename="../../recorder/core/chain.py" line="381"/>
        <location filename="../../recorder/core/chain.py" line="460"/>
        <location filename="../../recorder/core/chain.py" line="496"/>
        <source>time runs backwards</source>
        <translation>时间倒退</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="392"/>
        <source>has a malformed payload reference</source>
        <translation>数据引用的格式不正确</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="413"/>
        <source>carries a signature where none belongs</source>
        <translation>带有不应有的签名</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="429"/>
        <source>sequence number {seq} where {expected} was expected (missing, repeated or moved entry)</source>
        <translation>序号为 {seq}，而应为 {expected}（条目缺失、重复或被移动）</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="436"/>
        <source>does not link to the previous entry (hash chain broken)</source>
        <translation>没有连接到前一个条目（哈希链断裂）</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="440"/>
        <source>belongs to another recording</source>
        <translation>属于另一个录音</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="530"/>
        <source>the start entry has no valid session public key</source>
        <translation>开始条目缺少有效的录音公钥</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="539"/>
        <source>audio block without a valid length or rate</source>
        <translation>音频块缺少有效的长度或采样率</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="543"/>
        <source>audio of an unknown track {track}</source>
        <translation>属于未知音轨 {track} 的音频</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="548"/>
        <source>audio offset {offset} where {expected} was expected</source>
        <translation>音频位置为 {offset}，而应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="559"/>
        <source>the sample rate changes within the recording</source>
        <translation>采样率在录音中途改变</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="561"/>
        <source>unsupported sample format</source>
        <translation>不支持的采样格式</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="563"/>
        <source>audio payload size does not match its frame count</source>
        <translation>音频数据的大小与其样本数不符</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="9"/>
        <source>“{channel}” is not a channel this app knows: choose one of {known}.</source>
        <translation>“{channel}” 不是本软件认识的渠道：请从 {known} 中选择。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="10"/>
        <source>The channel file {path} cannot be read: {why}.</source>
        <translation>无法读取渠道文件 {path}：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="11"/>
        <source>The evidence package {path} does not verify, so no complaint is made from it.</source>
        <translation>证据包 {path} 验证未通过，因此不用它制作投诉材料。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="14"/>
        <source>The evidence package {path} is not of the case “{case}”.</source>
        <translation>证据包 {path} 不属于案件 “{case}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="15"/>
        <source>{path} already exists. Choose another folder name; nothing was changed.</source>
        <translation>{path} 已存在。请换一个文件夹名；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="16"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>{path} 所在的文件夹不存在或无法写入。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="17"/>
        <source>{path} is not an excerpt that verifies, so it is not attached.</source>
        <translation>{path} 不是验证通过的片段，因此不附上。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="19"/>
        <source>The case has no tags: the narrative says only what the recordings and the call log show.</source>
        <translation>本案件没有标记：事情经过只写录音和通话记录所显示的内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="22"/>
        <source>The case has no visitors card: fill in who came yourself in the fields that ask for it.</source>
        <translation>本案件没有来访人员信息：请在需要的栏目中自己填写来访人员。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="25"/>
        <source>The case has no call log: the package names no collectors&apos; numbers unless the visitors card has them.</source>
        <translation>本案件没有通话记录：除非来访人员信息中有号码，材料包中不写催收号码。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="28"/>
        <source>{name} is not attached: {why}.</source>
        <translation>{name} 未附上：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="29"/>
        <source>larger than this channel accepts ({size} bytes, at most {limit})</source>
        <translation>超过该渠道允许的大小（{size} 字节，最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="30"/>
        <source>this channel accepts no .{ext} files</source>
        <translation>该渠道不接受 .{ext} 文件</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="31"/>
        <source>this channel accepts at most {limit} files</source>
        <translation>该渠道最多接受 {limit} 个文件</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="32"/>
        <source>the files together would exceed this channel&apos;s {limit} bytes</source>
        <translation>文件合计将超过该渠道的 {limit} 字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/complaint/messages.py" line="33"/>
        <source>The narrative&apos;s draft left out %n sentences to stay within {limit} characters; they are in cover.txt.</source>
        <translation>
            <numerusform>为不超过 {limit} 字，事情经过的草稿省去了 %n 句；这些句子在 cover.txt 中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="39"/>
        <source>The evidence package holds no report.pdf: the report is attached as report.html where allowed.</source>
        <translation>证据包中没有 report.pdf：在允许的渠道中以 report.html 附上报告。</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="42"/>
        <source>This channel&apos;s form could not be checked when its limits were written ({date}): {note}</source>
        <translation>写下该渠道的限制时（{date}）未能核对其表格：{note}</translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="249"/>
        <source>Complaint package</source>
        <translation>投诉材料包</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="191"/>
        <source>Search notes and tags</source>
        <translation>搜索备注和标记</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="200"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="201"/>
        <source>Added later</source>
        <translation>事后补充</translation>
    </message>
</context>
<context>
    <name>Excerpt</name>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="14"/>
        <source>{path} already exists. Choose another folder name; nothing was changed.</source>
        <translation>{path} 已存在。请换一个文件夹名；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="15"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>{path} 所在的文件夹不存在或无法写入。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="16"/>
        <source>The recording {session} is still being made. Stop it first.</source>
        <translation>录音 {session} 仍在进行中。请先停止。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="17"/>
        <source>The recording {session} is damaged; run “recorder check” on it.</source>
        <translation>录音 {session} 已损坏；请对它运行 “recorder check”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="18"/>
        <source>The recording {session} holds no audio, so there is nothing to excerpt.</source>
        <translation>录音 {session} 中没有音频，无法截取片段。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="19"/>
        <source>{spec} is after the end of the recording, which is {length} long.</source>
        <translation>{spec} 在录音结束之后，录音长度为 {length}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="20"/>
        <source>The recording {session} has no tag “{tag}”.</source>
        <translation>录音 {session} 中没有标记 “{tag}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="21"/>
        <source>The recording {session} has no tag “{tag}” after the start of the stretch.</source>
        <translation>录音 {session} 中在这段起点之后没有标记 “{tag}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="24"/>
        <source>No recording of this case has a tag “{tag}”.</source>
        <translation>本案件的录音中都没有标记 “{tag}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="25"/>
        <source>The case has more than one recording: start the stretch at a tag, or name the recording.</source>
        <translation>本案件有多段录音：请从一个标记开始截取，或指明是哪段录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="28"/>
        <source>The stretch from {start} to {end} is empty: its end is not after its start.</source>
        <translation>从 {start} 到 {end} 的这一段是空的：终点不在起点之后。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="31"/>
        <source>The stretch is too long for one WAV file (over 12 hours at 48 kHz).</source>
        <translation>这一段太长，一个 WAV 文件放不下（48 kHz 下超过 12 小时）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="32"/>
        <source>{path} is not an archive of the recording {session}: its audio differs at this stretch.</source>
        <translation>{path} 不是录音 {session} 的证据包：这一段的音频不同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/excerpt_text.py" line="35"/>
        <source>The stretch crosses %n pauses or gaps; it holds only the captured samples, and they are listed in excerpt.json.</source>
        <translation>
            <numerusform>这一段跨越 %n 处暂停或中断；片段中只有实际录下的样本，这些暂停或中断列在 excerpt.json 中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="43"/>
        <source>The excerpt&apos;s file {name} is missing or cannot be read.</source>
        <translation>片段的文件 {name} 缺失或无法读取。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="44"/>
        <source>The excerpt&apos;s SHA256SUMS is not the list this format writes.</source>
        <translation>片段的 SHA256SUMS 不是本格式写出的清单。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="45"/>
        <source>The excerpt&apos;s signature {name} does not verify with identity.pem.</source>
        <translation>片段的签名 {name} 无法用 identity.pem 验证。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="46"/>
        <source>The excerpt&apos;s file {name} has been changed since it was signed.</source>
        <translation>片段的文件 {name} 在签名后被改动过。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="47"/>
        <source>The excerpt&apos;s excerpt.json is not of this format: {why}.</source>
        <translation>片段的 excerpt.json 不是本格式：{why}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="48"/>
        <source>excerpt.wav does not hold the samples excerpt.json names.</source>
        <translation>excerpt.wav 中的样本与 excerpt.json 所写的不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="49"/>
        <source>Signed by the vault key {fingerprint}; compare it with the one the owner gave you.</source>
        <translation>由证据库密钥 {fingerprint} 签名；请与录音者另行告知的密钥指纹比较。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="52"/>
        <source>The original {path} does not verify, so it proves nothing.</source>
        <translation>原始证据包 {path} 验证未通过，因此不能证明任何事。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="53"/>
        <source>The original {path} does not hold the recording {session} with the chain head the excerpt names.</source>
        <translation>原始证据包 {path} 中没有片段所写的、具有该哈希链末端的录音 {session}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="56"/>
        <source>The original {path} is signed by another vault key.</source>
        <translation>原始证据包 {path} 由另一个证据库密钥签名。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="57"/>
        <source>The excerpt&apos;s samples differ from the original&apos;s at frames {start} to {end}.</source>
        <translation>片段的样本与原始录音第 {start} 至 {end} 帧的样本不同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="60"/>
        <source>The original {path} is not the file the excerpt names (its SHA-256 differs).</source>
        <translation>原始证据包 {path} 不是片段所写的那个文件（SHA-256 不同）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="63"/>
        <source>The excerpt&apos;s samples are the original&apos;s, recording {session}, frames {start} to {end}.</source>
        <translation>片段的样本就是原始录音 {session} 第 {start} 至 {end} 帧的样本。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="66"/>
        <source>The excerpt is signed and whole; give the full archive with --original to prove its samples are the original&apos;s.</source>
        <translation>片段有签名且完整；用 --original 给出完整证据包，即可证明其样本来自原始录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="70"/>
        <source>The original {path} is encrypted: decrypt it first (age -d) and give the zip.</source>
        <translation>原始证据包 {path} 已加密：请先解密（age -d），再给出 zip 文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/excerpt_action.py" line="23"/>
        <source>New folder for the excerpt</source>
        <translation>片段的新文件夹</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/excerpt_action.py" line="44"/>
        <source>Excerpt from {start} to {end} written to {path}; its VERIFY.txt says how anyone can check it. To add it to the evidence package, give this folder under Excerpts when exporting.</source>
        <translation>从 {start} 到 {end} 的片段已写入 {path}；其中的 VERIFY.txt 说明任何人如何检查它。要把它加入证据包，请在导出时把这个文件夹填在“片段”中。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="30"/>
        <source>An excerpt is written FROM..TO, a time (h:m:s) or a tag at each end: “{text}”.</source>
        <translation>片段的写法是 FROM..TO，两端各是一个时间（时:分:秒）或一个标签：“{text}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="33"/>
        <source>{path} is not an excerpt folder that verifies; check it with “recorder verify-excerpt”.</source>
        <translation>{path} 不是一个能通过验证的片段文件夹；请用“recorder verify-excerpt”检查它。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="36"/>
        <source>The excerpt folder {path} does not hold the samples of recording {session} at its frames.</source>
        <translation>片段文件夹 {path} 中的样本不是录音 {session} 在其所写帧范围内的样本。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="39"/>
        <source>The excerpt&apos;s recording {session} is not among the recordings exported; add it to the export.</source>
        <translation>片段所属的录音 {session} 不在导出的录音之中；请把它加入导出。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="153"/>
        <source>Save the evidence package as</source>
        <translation>证据包保存为</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="198"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="205"/>
        <source>The evidence package was written to {path}.</source>
        <translation>证据包已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="222"/>
        <source>Export cancelled; nothing was left behind.</source>
        <translation>已取消导出；没有留下任何文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="227"/>
        <source>The export failed; details are in the log file.</source>
        <translation>导出失败；详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="230"/>
        <source>Export an evidence package</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="237"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="238"/>
        <source>Report rules for</source>
        <translation>报告适用地区</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="239"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="240"/>
        <source>Lock it for one person (optional)</source>
        <translation>只让一个人能打开（可选）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="264"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="265"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="266"/>
        <source>Excerpts to add to the evidence package (optional):</source>
        <translation>要加入证据包的片段（可选）：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="268"/>
        <source>from..to (a time h:m:s or a tag), or an excerpt folder; several separated by ;</source>
        <translation>起..止（时间 时:分:秒 或标签），或一个片段文件夹；多项之间用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="248"/>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/export_dialog.py" line="233"/>
        <source>Case “{case}”: %n recordings will be put into one sealed evidence package.</source>
        <translation>
            <numerusform>案件“{case}”：%n 段录音将放入一个封存的证据包。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="249"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="250"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="251"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="255"/>
        <source>their age key, starting with age1</source>
        <translation>对方的 age 公钥，以 age1 开头</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="258"/>
        <source>Leave empty to save the package as it is. To send it safely, paste the public key (age1…) of the person who will open it, for example your lawyer: only their key can open it then.</source>
        <translation>留空则按原样保存证据包。如要安全地发送，请粘贴将要打开它的人（例如您的律师）的公钥（age1…）：这样只有对方的密钥能打开它。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="262"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="263"/>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="166"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="167"/>
        <source>Call mode</source>
        <translation>通话模式</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="168"/>
        <source>About Evidence Recorder</source>
        <translation>关于证据记录器</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="82"/>
        <source>Import into “{case}”</source>
        <translation>导入到“{case}”</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="85"/>
        <source>Drop files or folders here (call recordings, screenshots, backups). They are kept byte for byte and sealed at once; what happened to them before the import cannot be proven by this app.</source>
        <translation>把文件或文件夹拖到这里（通话录音、截图、备份）。文件会逐字节原样保存并立即封存；导入之前文件经历了什么，本软件无法证明。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="89"/>
        <source>Where do they come from? e.g. “Xiaomi call recorder”</source>
        <translation>文件来源？例如“小米通话录音”</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="90"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="91"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="92"/>
        <source>Read as a call log or message backup (SMS Backup &amp; Restore, CSV, iPhone backup)</source>
        <translation>作为通话记录或短信备份读取（SMS Backup &amp; Restore、CSV、iPhone 备份）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="93"/>
        <source>Phone&apos;s time zone, e.g. Asia/Shanghai</source>
        <translation>手机时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="94"/>
        <source>Passphrase of the encrypted iPhone backup</source>
        <translation>加密 iPhone 备份的密码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="95"/>
        <source>Import and seal</source>
        <translation>导入并封存</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="110"/>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="114"/>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="128"/>
        <source>Add the files to import first.</source>
        <translation>请先添加要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="161"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/import_dialog.py" line="169"/>
        <source>%n files imported and sealed. From now on any change to them is detected.</source>
        <translation>
            <numerusform>已导入并封存 %n 个文件。从现在起，任何改动都会被发现。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="182"/>
        <source>Choose one call log or backup at a time.</source>
        <translation>每次只能选择一份通话记录或备份。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="184"/>
        <source>The import failed; nothing was imported.</source>
        <translation>导入失败；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportedView</name>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="89"/>
        <source>Imported files ({session})</source>
        <translation>导入的文件（{session}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="92"/>
        <source>Imported, not recorded by this app. What happened to these files before the import is not proven; from the import on, any change is detected.</source>
        <translation>导入的（非本软件录制）。导入之前这些文件经历了什么无法证明；自导入起，任何改动都会被发现。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="96"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="119"/>
        <source>Read from the file, not measured by this app ({reader} {version}):</source>
        <translation>从文件中读取，并非本软件测得（{reader} {version}）：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="155"/>
        <source>This file could not be decoded as audio.</source>
        <translation>此文件无法解码为音频。</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="77"/>
        <source>Checking the recording…</source>
        <translation>正在检查录音…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="97"/>
        <source>Audio source: {name} (live recording)</source>
        <translation>声音来源：{name}（现场录音）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="99"/>
        <source>Audio source: {name} — NOT a live recording ({kind})</source>
        <translation>声音来源：{name}——不是现场录音（{kind}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="81"/>
        <source>✔ Verified: every entry, signature and audio block is as it was recorded ({n} entries).</source>
        <translation>✔ 验证通过：每个条目、签名和音频块都与录制时一致（共 {n} 个条目）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="87"/>
        <source>✘ Not verified — {n} problems found:</source>
        <translation>✘ 验证未通过——发现 {n} 个问题：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="118"/>
        <source>The other party (what the computer played): {name}</source>
        <translation>对方（电脑播放的声音）：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="126"/>
        <source>Fingerprint: {code}</source>
        <translation>校验码：{code}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="129"/>
        <source>From {start} to {end}</source>
        <translation>从 {start} 到 {end}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="142"/>
        <source>Gap in the other party&apos;s track at {at}: {reason} ({length})</source>
        <translation>对方音轨 {at} 处中断：{reason}（{length}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="148"/>
        <source>Gap at {at}: {reason} ({length} lost)</source>
        <translation>{at} 处中断：{reason}（缺失 {length}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="154"/>
        <source>The last {n} entries are hash-chained but unsigned: the recording was interrupted.</source>
        <translation>最后 {n} 个条目已链入哈希链但未签名：录音曾中断。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="160"/>
        <source>The recording ended by interruption; everything up to its last intact entry is kept.</source>
        <translation>录音因中断而结束；最后一个完好条目之前的内容都已保留。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="163"/>
        <source>Sealed ({reason}).</source>
        <translation>已封存（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="170"/>
        <source>No later annotations.</source>
        <translation>没有事后补充。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="173"/>
        <source>Later annotations: {n} (review sittings: {k}), kept apart from the recording; verified.</source>
        <translation>事后补充：{n} 条（查看次数：{k}），与录音分开保存；验证通过。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="175"/>
        <source>Later annotations: {n} problems found — {first}</source>
        <translation>事后补充：发现 {n} 个问题——{first}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="74"/>
        <source>The recording could not be checked: {why}</source>
        <translation>无法检查该录音：{why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="195"/>
        <location filename="../../recorder/gui/main_window.py" line="247"/>
        <source>Unsorted recordings</source>
        <translation>未归类的录音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="215"/>
        <source>Attach photos or files</source>
        <translation>添加照片或文件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="257"/>
        <source>The recording was saved and sealed.</source>
        <translation>录音已保存并封存。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/locking.py" line="78"/>
        <source>Locked after a time without use. Recording still works.</source>
        <translation>闲置一段时间后已锁定。仍然可以录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="367"/>
        <source>Your recordings are not locked yet: anyone with this computer can open them. Set a passphrase.</source>
        <translation>您的录音尚未锁定：任何能使用这台电脑的人都能打开它们。请设置密码。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="372"/>
        <location filename="../../recorder/gui/main_window.py" line="535"/>
        <source>Set a passphrase…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="473"/>
        <source>A recording started {start} was interrupted and has been recovered; it ends at {end}.</source>
        <translation>开始于 {start} 的录音曾中断，现已恢复；它结束于 {end}。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="485"/>
        <source>Something went wrong. What was recorded is kept; details are in the log file.</source>
        <translation>出了点问题。已录下的内容都已保留；详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="508"/>
        <source>A recording is in progress. Closing the window would stop it.</source>
        <translation>正在录音。关闭窗口会停止录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="511"/>
        <source>Keep recording</source>
        <translation>继续录音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="513"/>
        <source>Stop recording and close</source>
        <translation>停止录音并关闭</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="523"/>
        <source>No evidence vault yet</source>
        <translation>尚无证据库</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="525"/>
        <source>Not locked yet (no passphrase)</source>
        <translation>尚未锁定（未设置密码）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="527"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="529"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="530"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="530"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="75"/>
        <source>Evidence Recorder</source>
        <translation>证据记录器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="345"/>
        <source>Passphrase set. You will need it to open, play or export recordings.</source>
        <translation>密码已设置。以后打开、播放或导出录音都需要它。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="536"/>
        <source>Import phone evidence…</source>
        <translation>导入手机证据…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="537"/>
        <source>Calls and messages</source>
        <translation>通话与短信</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="538"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="539"/>
        <source>Verify an evidence package…</source>
        <translation>验证证据包…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="540"/>
        <source>Complaint package…</source>
        <translation>投诉材料包…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="541"/>
        <source>Print a report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="542"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="37"/>
        <source>Mark a number</source>
        <translation>标记号码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="41"/>
        <source>The collector&apos;s (calls on behalf of a lender)</source>
        <translation>催收方的（代表放贷方来电）</translation>
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
        <translation>其他联系人</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="45"/>
        <source>No mark (withdraw an earlier one)</source>
        <translation>无标记（撤回之前的标记）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="55"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="56"/>
        <source>Whose number</source>
        <translation>号码归属</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="57"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="58"/>
        <source>Lending platform or app</source>
        <translation>借贷平台或 App</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="59"/>
        <source>Person&apos;s name, as given</source>
        <translation>对方自称的姓名</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="61"/>
        <source>A mark is your own statement, kept as a new signed entry of the case; the imports are unchanged.</source>
        <translation>标记是您本人的陈述，作为本案新的已签名记录保存；导入的内容不会改变。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../recorder/core/messages.py" line="20"/>
        <source>The passphrase is wrong. Nothing was changed; please try again.</source>
        <translation>密码不正确。没有做任何更改，请重试。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="21"/>
        <source>The passphrase is empty. Please choose a passphrase.</source>
        <translation>密码为空。请设置一个密码。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="22"/>
        <source>There is no evidence vault in {home}. Create one first with “recorder init”.</source>
        <translation>{home} 中没有证据库。请先用“recorder init”创建。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="23"/>
        <source>An evidence vault already exists in {home}. Nothing was changed.</source>
        <translation>{home} 中已有证据库。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="24"/>
        <source>The evidence vault file {path} is damaged and cannot be read. Nothing was changed.</source>
        <translation>证据库文件 {path} 已损坏，无法读取。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="27"/>
        <source>The evidence vault in {home} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</source>
        <translation>{home} 中的证据库由更新版本的程序创建（格式 {version}）。请更新证据记录器。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="32"/>
        <source>The folder {home} cannot be written to. Please choose another folder or check its permissions.</source>
        <translation>无法写入文件夹 {home}。请选择其他文件夹或检查其权限。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="35"/>
        <source>The disk is full. Everything recorded up to now is saved; please free some space.</source>
        <translation>磁盘已满。到目前为止录下的内容都已保存；请腾出一些空间。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="38"/>
        <source>There is no recording called {session} in this vault.</source>
        <translation>此证据库中没有名为 {session} 的录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="39"/>
        <source>The recording {session} is being written by another window or program. Nothing was changed.</source>
        <translation>录音 {session} 正被另一个窗口或程序写入。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="42"/>
        <source>The recording {session} has ended; nothing can be added to it. Start a new recording instead.</source>
        <translation>录音 {session} 已结束，无法再添加内容。请开始新的录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="45"/>
        <source>The recording file {path} is damaged at byte {offset}: {what}. Nothing was changed.</source>
        <translation>录音文件 {path} 在第 {offset} 字节处损坏：{what}。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="48"/>
        <source>The recording file {path} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</source>
        <translation>录音文件 {path} 由更新版本的程序创建（格式 {version}）。请更新证据记录器。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="53"/>
        <source>The file {path} is not a recording made by this app.</source>
        <translation>文件 {path} 不是本程序生成的录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="54"/>
        <source>The passphrase file {path} cannot be read.</source>
        <translation>无法读取密码文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="55"/>
        <source>The two passphrases are not the same. Please try again.</source>
        <translation>两次输入的密码不一致，请重试。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="56"/>
        <source>The file {path} cannot be read, so it was not attached.</source>
        <translation>无法读取文件 {path}，因此没有添加为附件。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="57"/>
        <source>This passphrase is too easy to guess. {advice} Nothing was changed; please choose another.</source>
        <translation>这个密码太容易被猜到。{advice} 未做任何更改；请另选一个。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="60"/>
        <source>{home} is a file, not a folder, so it cannot hold an evidence vault. Nothing was changed.</source>
        <translation>{home} 是一个文件而不是文件夹，无法存放证据库。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="63"/>
        <source>The evidence vault file {path} asks for a key derivation this app does not accept ({what}). Nothing was changed.</source>
        <translation>证据库文件 {path} 要求的密钥派生参数超出本软件接受的范围（{what}）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="67"/>
        <source>The test setting RECORDER_TEST_KDF_COST={value} is not accepted: it must be MEMORY_KIB:PASSES within the limits in docs/FORMAT.md. Nothing was changed.</source>
        <translation>测试设置 RECORDER_TEST_KDF_COST={value} 不被接受：它必须是 MEMORY_KIB:PASSES，且在 docs/FORMAT.md 所述范围内。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="72"/>
        <source>The evidence vault file {path} was replaced by one with other keys, so your passphrase cannot open it (the passphrase is not the problem). Put your own vault file back, from a backup, to read your recordings.</source>
        <translation>证据库文件 {path} 已被替换为一个使用其他密钥的文件，因此您的密码无法打开它（问题不在密码）。请从备份中放回您自己的证据库文件，才能读取您的录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="77"/>
        <source>Warning: the evidence vault file {path} was replaced by one with other keys. New recordings are still encrypted to the keys this vault was made with, never to the new ones.</source>
        <translation>警告：证据库文件 {path} 已被替换为一个使用其他密钥的文件。新的录音仍然加密给创建此证据库时的密钥，绝不会加密给新的密钥。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="82"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file is gone: it was deleted.</source>
        <translation>录音 {session} 登记在证据库的清单中，但它的文件不见了：它已被删除。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="85"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its folder is gone: it was deleted.</source>
        <translation>录音 {session} 登记在证据库的清单中，但它的文件夹不见了：它已被删除。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="88"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by something that is not a recording file.</source>
        <translation>录音 {session} 登记在证据库的清单中，但它的文件已被替换为不是录音文件的东西。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="93"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by a link.</source>
        <translation>录音 {session} 登记在证据库的清单中，但它的文件已被替换为一个链接。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="96"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file cannot be read.</source>
        <translation>录音 {session} 登记在证据库的清单中，但它的文件无法读取。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="99"/>
        <source>The vault&apos;s ledger of recordings was cut short: it listed {before} recordings, now it lists {now}.</source>
        <translation>证据库的录音清单被截短了：原先登记了 {before} 个录音，现在只有 {now} 个。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="102"/>
        <source>The vault&apos;s ledger of recordings was altered or damaged at line {line}.</source>
        <translation>证据库的录音清单在第 {line} 行被改动或损坏。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="105"/>
        <source>The vault&apos;s ledger of recordings was rewritten: its entries are not the ones last written on this computer.</source>
        <translation>证据库的录音清单被改写了：其中的记录不是这台电脑上次写入的那些。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/core/messages.py" line="109"/>
        <source>The vault had no ledger of its recordings; one was made now from the %n recordings present.</source>
        <translation>
            <numerusform>证据库原先没有录音清单；现已根据现有的 %n 个录音建立了一份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="115"/>
        <source>The recording {session} was not in the vault&apos;s ledger; it has been added.</source>
        <translation>录音 {session} 原先不在证据库的清单中；现已加入。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="38"/>
        <source>The recording {session} is still being made. It can be reviewed once it has ended.</source>
        <translation>录音 {session} 仍在进行中，结束后才能查看。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="41"/>
        <source>Annotations to {session} are being added in another window. Please close that one first.</source>
        <translation>另一个窗口正在为 {session} 添加批注。请先关闭那个窗口。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="44"/>
        <source>This review has been closed; open the recording again to add more.</source>
        <translation>本次查看已关闭；如需补充，请重新打开录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="45"/>
        <source>The annotation is empty. Please write a note or choose a tag.</source>
        <translation>批注为空。请写一条备注或选择一个标记。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="8"/>
        <source>No microphone or other audio input was found. Connect one and try again; nothing was recorded.</source>
        <translation>没有找到麦克风或其他输入设备。请连接后重试；没有录下任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="11"/>
        <source>There is no audio input called “{device}”. Nothing was recorded; choose one of the listed inputs.</source>
        <translation>没有名为“{device}”的输入设备。没有录下任何内容；请从列出的设备中选择。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="14"/>
        <source>“{device}” is a loudspeaker or other output, not an audio input. Nothing was recorded.</source>
        <translation>“{device}”是扬声器或其他输出设备，不是输入设备。没有录下任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="17"/>
        <source>The audio input “{device}” does not accept recording at {rate} Hz, mono, 16 bit. Nothing was recorded.</source>
        <translation>输入设备“{device}”不支持以 {rate} Hz、单声道、16 位录音。没有录下任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="21"/>
        <source>The audio input “{device}” could not be opened ({reason}). Nothing was recorded.</source>
        <translation>无法打开输入设备“{device}”（{reason}）。没有录下任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="25"/>
        <source>The microphone stopped working. The recording goes on as soon as an input is back; the gap is recorded.</source>
        <translation>麦克风停止工作。一旦输入恢复，录音会继续；中断已被记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="29"/>
        <source>Recording again from “{device}” after a gap of {seconds:.1f} s; the gap is recorded.</source>
        <translation>中断 {seconds:.1f} 秒后，已从“{device}”继续录音；中断已被记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="32"/>
        <source>The computer switched the recording to another input: “{device}” (was “{previous}”). The recording goes on; the change is recorded.</source>
        <translation>电脑已把录音切换到另一个输入设备：“{device}”（原为“{previous}”）。录音继续进行，这次切换已记录在录音中。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="37"/>
        <source>{seconds:.1f} s of audio could not be captured ({reason}); the gap is recorded.</source>
        <translation>有 {seconds:.1f} 秒的声音未能录下（{reason}）；中断已被记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="40"/>
        <source>Recording stopped because of an unexpected error. Everything captured before it is saved.</source>
        <translation>录音因意外错误而停止。此前录下的内容都已保存。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="43"/>
        <source>The sound file {path} cannot be read as WAV audio.</source>
        <translation>声音文件 {path} 无法作为 WAV 音频读取。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="45"/>
        <source>What the computer plays cannot be recorded here ({reason}). Nothing was recorded; record without call mode or choose the output with --loopback.</source>
        <translation>无法在此录制电脑播放的声音（{reason}）。未录制任何内容；请不用通话模式录音，或用 --loopback 选择输出设备。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="50"/>
        <source>There is no output called “{device}” whose sound can be recorded. Nothing was recorded; choose one of the outputs listed by “recorder devices --loopback”.</source>
        <translation>没有名为“{device}”且可录制其声音的输出设备。未录制任何内容；请从“recorder devices --loopback”列出的输出设备中选择一个。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="55"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded. Your microphone goes on recording; the gap is recorded.</source>
        <translation>已无法录制电脑的声音（对方）。您的麦克风继续录音；中断已记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="62"/>
        <source>The other party&apos;s sound is recorded again, from “{device}”, after a gap of {seconds:.1f} s; the gap is recorded.</source>
        <translation>对方的声音已重新开始录制，来自“{device}”，中断 {seconds:.1f} 秒；中断已被记录。</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="67"/>
        <source>no sound server answered</source>
        <translation>没有声音服务器应答</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="10"/>
        <source>The time-stamp authority address {url} is not an http:// or https:// address.</source>
        <translation>时间戳服务地址 {url} 不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="13"/>
        <source>The file {path} cannot be read as a PEM root certificate, so it was not added.</source>
        <translation>文件 {path} 无法作为 PEM 根证书读取，因此未添加。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="18"/>
        <source>The time-stamp authority {authority} could not be reached ({detail}); the stamp waits in the queue.</source>
        <translation>无法连接时间戳服务 {authority}（{detail}）；时间戳请求在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="22"/>
        <source>its address could not be looked up: no network, or a wrong address</source>
        <translation>无法查到它的地址：没有网络，或地址有误</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="23"/>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="24"/>
        <source>the connection was cut</source>
        <translation>连接被中断</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="25"/>
        <source>there is no network</source>
        <translation>没有网络</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="26"/>
        <source>The time-stamp authority {authority} did not answer within {seconds} s; the stamp waits in the queue.</source>
        <translation>时间戳服务 {authority} 在 {seconds} 秒内没有应答；时间戳请求在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="30"/>
        <source>The time-stamp authority {authority} answered with HTTP error {code}; the stamp waits in the queue.</source>
        <translation>时间戳服务 {authority} 返回 HTTP 错误 {code}；时间戳请求在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="33"/>
        <source>Not sent yet; the stamp waits in the queue.</source>
        <translation>尚未发送；时间戳请求在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="36"/>
        <source>The answer from {authority} is not a time-stamp token.</source>
        <translation>{authority} 的应答不是时间戳令牌。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="37"/>
        <source>The time-stamp authority {authority} refused to stamp ({detail}).</source>
        <translation>时间戳服务 {authority} 拒绝盖时间戳（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="38"/>
        <source>The token from {authority} is for other data, not for this recording&apos;s entry.</source>
        <translation>{authority} 的令牌对应的是其他数据，而不是这段录音的条目。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="41"/>
        <source>The token from {authority} does not answer this request (the request&apos;s number differs).</source>
        <translation>{authority} 的令牌与本次请求不符（请求编号不同）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="44"/>
        <source>The certificate that signed the token from {authority} is not meant for time-stamping.</source>
        <translation>为 {authority} 令牌签名的证书不是用于时间戳的证书。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="47"/>
        <source>The certificate that signed the token from {authority} was not valid at the stamped time {time}.</source>
        <translation>为 {authority} 令牌签名的证书在时间戳时间 {time} 时无效。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="51"/>
        <source>The token from {authority} is not issued under a trusted root certificate. If you trust this authority, add its root certificate (--tsa-root).</source>
        <translation>{authority} 的令牌不是由受信任的根证书签发的。如果您信任该服务，请添加其根证书（--tsa-root）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="56"/>
        <source>The token from {authority} does not verify: {detail}.</source>
        <translation>{authority} 的令牌验证未通过：{detail}。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="57"/>
        <source>The token from {authority} does not carry the certificate that signed it.</source>
        <translation>{authority} 的令牌没有附带为其签名的证书。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="62"/>
        <source>the session&apos;s first entry</source>
        <translation>录音的第一个条目</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="63"/>
        <source>the checkpoint at entry {seq}</source>
        <translation>第 {seq} 个条目处的检查点</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="64"/>
        <source>the seal (the session&apos;s last entry)</source>
        <translation>封存条目（录音的最后一个条目）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="65"/>
        <source>entry {seq}</source>
        <translation>第 {seq} 个条目</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="66"/>
        <source>review sitting {sitting} (the later annotations added in it)</source>
        <translation>第 {sitting} 次查看（其中添加的事后补充）</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="67"/>
        <source>The later annotations of review sitting {sitting} are dated by the owner&apos;s device clock alone (the sitting ended at {time} by that clock): no trusted time stamp covers them.</source>
        <translation>第 {sitting} 次查看的事后补充，其时间仅来自所有者设备的本机时间（按该时间，这次查看结束于 {time}）：没有可信时间戳覆盖它们。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/timestamp/messages.py" line="101"/>
        <source>%n time stamps for this session were still waiting for an authority when it was exported.</source>
        <translation>
            <numerusform>导出时，本录音仍有 %n 个时间戳请求在等待服务应答。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="72"/>
        <source>{what} existed no later than {time}, stamped by {authority}.</source>
        <translation>{what}最迟在 {time} 已存在，由 {authority} 盖时间戳。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="73"/>
        <source>That stamp was obtained {minutes} min after the entry was written (no authority answered earlier); it still proves the entry existed no later than {time}.</source>
        <translation>该时间戳在条目写入 {minutes} 分钟后才取得（此前没有服务应答）；它仍然证明该条目最迟在 {time} 已存在。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="78"/>
        <source>The device clock differed from the time of {authority} by {seconds} s when this stamp was received (more than 2 minutes): the times the device wrote in the recording may be off by as much.</source>
        <translation>收到此时间戳时，本机时间与 {authority} 的时间相差 {seconds} 秒（超过 2 分钟）：录音中的本机时间可能有同样大的偏差。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="83"/>
        <source>The device clock agreed with the time of {authority} to within {seconds} s.</source>
        <translation>本机时间与 {authority} 的时间相差不超过 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="84"/>
        <source>The time-stamp token {name} does not hold: {reason}</source>
        <translation>时间戳令牌 {name} 不成立：{reason}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="85"/>
        <source>The time-stamp token {name} covers a hash that is not an entry of this session.</source>
        <translation>时间戳令牌 {name} 所涵盖的哈希值不属于本录音的任何条目。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="88"/>
        <source>The time-stamp token {name} is named for another entry than the one it covers (moved).</source>
        <translation>时间戳令牌 {name} 的文件名指向的条目与它实际涵盖的条目不同（已被移动）。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="91"/>
        <source>The time-stamp list names {name}, but the archive does not contain it.</source>
        <translation>时间戳列表中列出了 {name}，但证据包中没有该文件。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="92"/>
        <source>The time-stamp list {name} is damaged: {detail}.</source>
        <translation>时间戳列表 {name} 已损坏：{detail}。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="93"/>
        <source>That token holds under the root certificate kept in the archive, {subject}, which is not in the public root store: compare its SHA-256 fingerprint {sha256} with the one the authority publishes.</source>
        <translation>该令牌在证据包内保存的根证书 {subject} 下成立，但该根证书不在公共根证书库中：请将其 SHA-256 指纹 {sha256} 与该服务公布的指纹核对。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="98"/>
        <source>This session has no trusted time stamp: its times rest on the device clock alone.</source>
        <translation>本录音没有可信时间戳：其时间仅依据本机时间。</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="109"/>
        <source>While recording, the app shows the recording&apos;s current fingerprint (a short code, and a QR code carrying the full chain hash). If it was sent to someone else during the recording — a message, an e-mail — that message, timed by the service that carried it, shows the recording had reached that point by then: the chain hash it carries appears in this archive&apos;s journal, and nothing recorded before it can have been changed afterwards without changing that hash.</source>
        <translation>录音时，程序会显示录音当前的校验码（一个短码，以及包含完整哈希链值的二维码）。如果在录音过程中把它发给了别人——短信、电子邮件——那条消息由传送它的服务记录了时间，就能证明录音在那时已进行到这一步：消息中的哈希值出现在本证据包的日志中，而在此之前录下的任何内容，一旦事后被改动，这个哈希值就会随之改变。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="34"/>
        <source>The note is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>这条备注有 {length} 个字符，最多只能保存 {limit} 个。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="37"/>
        <source>The tag is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>这个标记有 {length} 个字符，最多只能保存 {limit} 个。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="40"/>
        <source>The file name is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>文件名有 {length} 个字符，最多只能保存 {limit} 个。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="43"/>
        <source>This entry would be {length} bytes long; at most {limit} are kept. Nothing was added.</source>
        <translation>这条记录将有 {length} 字节，最多只能保存 {limit} 字节。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="46"/>
        <source>The line is {length} bytes long; at most {limit} are read. Nothing was added.</source>
        <translation>这一行有 {length} 字节，最多只能读取 {limit} 字节。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="5"/>
        <source>There is nothing to import in {path}. Nothing was imported.</source>
        <translation>{path} 中没有可导入的文件。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="6"/>
        <source>The file {path} does not exist. Nothing was imported.</source>
        <translation>文件 {path} 不存在。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="7"/>
        <source>The file {path} cannot be read. Nothing was imported.</source>
        <translation>无法读取文件 {path}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="8"/>
        <source>The file {path} is larger than {limit} MB, more than one import can hold. Nothing was imported.</source>
        <translation>文件 {path} 超过 {limit} MB，超出单次导入的上限。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="12"/>
        <source>The file {path} changed while it was being imported. Nothing was imported; please try again.</source>
        <translation>文件 {path} 在导入过程中发生了变化。未导入任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="15"/>
        <source>The file {path} was already imported on {when} (as “{name}”, import {session}). Nothing was imported.</source>
        <translation>文件 {path} 已于 {when} 导入过（名为“{name}”，导入批次 {session}）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="19"/>
        <source>The files {path} and {other} have the same content; import only one of them. Nothing was imported.</source>
        <translation>文件 {path} 与 {other} 内容相同，请只导入其中一个。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="37"/>
        <source>The file {path} is not a call log or message backup this app can read (SMS Backup &amp; Restore XML, or the CSV template). Nothing was imported.</source>
        <translation>文件 {path} 不是本软件能读取的通话记录或短信备份（SMS Backup &amp; Restore 的 XML，或 CSV 模板）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="42"/>
        <source>The backup {path} is damaged or cut short (XML error at line {line}). Nothing was imported.</source>
        <translation>备份 {path} 已损坏或不完整（XML 第 {line} 行出错）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="45"/>
        <source>The backup {path} contains XML entity declarations or external references, which phone backups never contain; it was not read. Nothing was imported.</source>
        <translation>备份 {path} 含有 XML 实体声明或外部引用，正常的手机备份不会有这些内容；已拒绝读取。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="50"/>
        <source>The backup {path} has an unreadable entry ({where}: {what}). Nothing was imported.</source>
        <translation>备份 {path} 中有无法读取的记录（{where}：{what}）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="53"/>
        <source>The file {path} is not UTF-8 text (save the CSV as UTF-8 and try again). Nothing was imported.</source>
        <translation>文件 {path} 不是 UTF-8 文本（请将 CSV 另存为 UTF-8 后重试）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="56"/>
        <source>The file {path} holds no calls and no messages. Nothing was imported.</source>
        <translation>文件 {path} 中没有任何通话或短信。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/pattern.py" line="34"/>
        <source>“{zone}” is not a time zone name this app knows (e.g. Asia/Shanghai).</source>
        <translation>“{zone}”不是本软件认识的时区名称（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/pattern.py" line="35"/>
        <source>There is no rule profile called “{profile}”.</source>
        <translation>没有名为“{profile}”的规则配置。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone.py" line="30"/>
        <source>The folder {path} is not an unencrypted iPhone backup this app can read ({what}). Nothing was imported.</source>
        <translation>文件夹 {path} 不是本软件能读取的未加密 iPhone 备份（{what}）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone.py" line="34"/>
        <source>The iPhone backup {path} is missing {what}, so it cannot be read. Nothing was imported.</source>
        <translation>iPhone 备份 {path} 缺少 {what}，无法读取。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/ocr.py" line="22"/>
        <source>The screenshot could not be read ({what}). Nothing was changed.</source>
        <translation>无法读取截图（{what}）。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/ocr.py" line="23"/>
        <source>No text was found in the screenshot. Nothing was changed.</source>
        <translation>截图中没有找到文字。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="30"/>
        <source>“{number}” is not a phone number (it has no digits). Nothing was marked.</source>
        <translation>“{number}”不是电话号码（其中没有数字）。未做任何标记。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="31"/>
        <source>“{role}” is not a mark; use collector, family, colleague, contact or none. Nothing was marked.</source>
        <translation>“{role}”不是可用的标记；请使用 collector（催收方）、family（家人）、colleague（同事）、contact（其他联系人）或 none（取消标记）。未做任何标记。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="34"/>
        <source>A company, platform or person&apos;s name is longer than {limit} characters. Nothing was marked.</source>
        <translation>公司、平台或人名超过 {limit} 个字符。未做任何标记。</translation>
    </message>
    <message>
        <location filename="../../recorder/report_pdf/render.py" line="40"/>
        <source>The font for report.pdf is missing ({path}); reinstall the app. No package was written.</source>
        <translation>缺少用于 report.pdf 的字体（{path}）；请重新安装本软件。未写入任何证据包。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="25"/>
        <source>{name} is not an evidence package whose report can be printed ({why}).</source>
        <translation>{name} 不是可以打印其报告的证据包（{why}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="47"/>
        <source>The iPhone backup {path} is encrypted: its backup passphrase is needed to read it. Nothing was imported.</source>
        <translation>iPhone 备份 {path} 已加密：需要它的备份密码才能读取。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="51"/>
        <source>The passphrase does not open the encrypted iPhone backup {path}. Nothing was imported.</source>
        <translation>该密码无法打开加密的 iPhone 备份 {path}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="54"/>
        <source>The encrypted iPhone backup {path} uses a key bag this app cannot read ({what}). Nothing was imported.</source>
        <translation>加密的 iPhone 备份 {path} 使用了本软件无法读取的密钥包（{what}）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="58"/>
        <source>The encrypted iPhone backup {path} cannot be read ({what}). Nothing was imported.</source>
        <translation>无法读取加密的 iPhone 备份 {path}（{what}）。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <location filename="../../recorder/gui/note_field.py" line="61"/>
        <source>Type a note (key N); Enter adds it, Esc leaves the field. Its time is when you began typing.</source>
        <translation>输入备注（按 N 键）；按回车键添加，按 Esc 键离开输入框。备注时间为开始输入的时刻。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="25"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>用几个词组成密码，避免常见短语。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="30"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>不必使用符号、数字或大写字母。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="33"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>再加一两个词，不常见的词更好。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="36"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>键盘上连成一排的按键很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="39"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>短的键盘图案很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="42"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>请使用更长、转折更多的键盘图案。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="45"/>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>像“aaa”这样的重复很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="46"/>
        <source>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</source>
        <translation>像“abcabcabc”这样的重复只比“abc”稍难猜一点。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="49"/>
        <source>Avoid repeated words and characters.</source>
        <translation>避免重复的词和字符。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="50"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>像“abc”或“6543”这样的序列很容易被猜到。</translation>
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
        <translation>避免使用与您有关的年份。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="59"/>
        <source>Dates are often easy to guess.</source>
        <translation>日期往往很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="60"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>避免使用与您有关的日期和年份。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="63"/>
        <source>This is one of the 10 most common passwords.</source>
        <translation>这是 10 个最常见的密码之一。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="66"/>
        <source>This is one of the 100 most common passwords.</source>
        <translation>这是 100 个最常见的密码之一。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="69"/>
        <source>This is a very common password.</source>
        <translation>这是一个非常常见的密码。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="70"/>
        <source>This is similar to a commonly used password.</source>
        <translation>这与一个常用密码相似。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="73"/>
        <source>A word by itself is easy to guess.</source>
        <translation>单独一个词很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="74"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>单独的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="77"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>常见的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="80"/>
        <source>Capital letters do not help much.</source>
        <translation>大写字母帮助不大。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="81"/>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>全部大写几乎和全部小写一样容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="84"/>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>倒着拼写的词并不会难猜多少。</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="87"/>
        <source>Predictable substitutions like “@” instead of “a” do not help much.</source>
        <translation>用“@”代替“a”这类可预测的替换帮助不大。</translation>
    </message>
</context>
<context>
    <name>PhoneActions</name>
    <message>
        <location filename="../../recorder/gui/phone_actions.py" line="19"/>
        <source>Phone evidence</source>
        <translation>手机证据</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/phone_actions.py" line="20"/>
        <source>Choose or create a case first.</source>
        <translation>请先选择或新建一个案件。</translation>
    </message>
</context>
<context>
    <name>PrintReport</name>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="62"/>
        <source>Print the report of an evidence package</source>
        <translation>打印证据包中的报告</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="70"/>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="188"/>
        <location filename="../../recorder/gui/record_panel.py" line="291"/>
        <location filename="../../recorder/gui/record_panel.py" line="294"/>
        <source>Input: {name}</source>
        <translation>输入设备：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="190"/>
        <location filename="../../recorder/gui/record_panel.py" line="292"/>
        <source>Fingerprint: {code}</source>
        <translation>校验码：{code}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="204"/>
        <source>Recorded {time} (paused)</source>
        <translation>已录 {time}（已暂停）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="206"/>
        <source>Recorded {time}</source>
        <translation>已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="210"/>
        <source>✓ All saved to disk</source>
        <translation>✓ 已全部保存到磁盘</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="212"/>
        <source>Saving… on disk up to {time}</source>
        <translation>正在保存…已保存至 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="215"/>
        <source>Saved means written to the disk, so a crash or a power cut keeps it. The app saves at least once a second.</source>
        <translation>“已保存”指已写入磁盘，即使程序崩溃或断电也不会丢失。本软件至少每秒保存一次。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="234"/>
        <source>Recording started ({name})</source>
        <translation>开始录音（{name}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="236"/>
        <source>Recording stopped and sealed</source>
        <translation>录音已停止并封存</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="238"/>
        <source>Tag: {label}</source>
        <translation>标记：{label}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="240"/>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="242"/>
        <source>Attached: {name}</source>
        <translation>附件：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="246"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="248"/>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="250"/>
        <source>Input lost; the recording goes on and marks the gap</source>
        <translation>输入中断；录音继续，并记录中断</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="252"/>
        <source>Input back</source>
        <translation>输入已恢复</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="254"/>
        <source>The computer switched to another input: {name}</source>
        <translation>电脑已切换到另一个输入设备：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="255"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="258"/>
        <source>Gap of {seconds} s</source>
        <translation>中断 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="266"/>
        <source>(hidden while locked)</source>
        <translation>（锁定时隐藏）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="267"/>
        <source>Case: {name}</source>
        <translation>案件：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="287"/>
        <source>Times are positions in the recorded audio (pauses and gaps not counted), as in the review window.</source>
        <translation>时间为录音中的位置（不含暂停和中断），与回放窗口一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="265"/>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="244"/>
        <source>Who is here: {visitors}</source>
        <translation>来访人员：{visitors}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="270"/>
        <source>Locked: the case, the notes, who is here and the list of events are hidden until you unlock. Recording, tags and notes still work.</source>
        <translation>已锁定：案件、备注、来访人员和事件列表在解锁前不显示。录音、标记和备注照常可用。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="275"/>
        <source>■ Stop ({key})</source>
        <translation>■ 停止（{key}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="278"/>
        <source>● Record ({key})</source>
        <translation>● 开始录音（{key}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="281"/>
        <source>Starts and stops recording; the {key} key does the same</source>
        <translation>开始或停止录音；按 {key} 键效果相同</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="283"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="283"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="284"/>
        <source>Attach photo or file…</source>
        <translation>添加照片或文件…</translation>
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
        <translation>出了点问题；录音仍在继续。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/recording.py" line="371"/>
        <source>The disk is nearly full ({mb} MB left). The recording goes on; please free some space.</source>
        <translation>磁盘快满了（剩余 {mb} MB）。录音仍在继续；请腾出一些空间。</translation>
    </message>
</context>
<context>
    <name>RecordingState</name>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="214"/>
        <source>Recording a call · me and the other party · {time} recorded</source>
        <translation>正在录制通话 · 我方和对方 · 已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="216"/>
        <source>Recording · {time} recorded</source>
        <translation>正在录音 · 已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="220"/>
        <source>The other party&apos;s sound ({device}) lost since {since} · your microphone goes on recording · {time} recorded</source>
        <translation>对方的声音（{device}）自 {since} 起断开 · 您的麦克风继续录音 · 已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="228"/>
        <source>Microphone and the other party&apos;s sound lost since {since} · recording resumes by itself when either is back · {time} recorded</source>
        <translation>麦克风和对方的声音自 {since} 起断开 · 任一恢复后录音会自动继续 · 已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="234"/>
        <source>Microphone lost since {since} · the other party&apos;s sound goes on being recorded · {time} recorded</source>
        <translation>麦克风自 {since} 起断开 · 对方的声音继续录制 · 已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="237"/>
        <source>Paused · nothing is being recorded · {time} recorded so far</source>
        <translation>已暂停 · 现在没有录音 · 目前已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="241"/>
        <source>Microphone lost since {since} · recording resumes by itself when an input is back · {time} recorded</source>
        <translation>麦克风自 {since} 起断开 · 输入设备恢复后会自动继续录音 · 已录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="244"/>
        <source>Stopped · the recording was saved and sealed · {time} recorded</source>
        <translation>已停止 · 录音已保存并封存 · 共录 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="245"/>
        <source>Not recording</source>
        <translation>未在录音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="250"/>
        <source>● Recording {time}</source>
        <translation>● 正在录音 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="252"/>
        <source>❚❚ Paused {time}</source>
        <translation>❚❚ 已暂停 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="254"/>
        <source>⚠ Microphone lost {time}</source>
        <translation>⚠ 麦克风已断开 {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="256"/>
        <source>⚠ Other party lost {time}</source>
        <translation>⚠ 对方声音已断开 {time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recorder/archive/report.py" line="169"/>
        <location filename="../../recorder/archive/report.py" line="261"/>
        <source>Note (the user&apos;s own statement)</source>
        <translation>备注（用户本人的陈述）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="172"/>
        <location filename="../../recorder/archive/report.py" line="259"/>
        <source>Tag</source>
        <translation>标记</translation>
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
        <translation>来访人员</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="186"/>
        <source>number: {count}</source>
        <translation>人数：{count}</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="198"/>
        <location filename="../../recorder/archive/report.py" line="264"/>
        <source>Recording paused</source>
        <translation>录音暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="200"/>
        <location filename="../../recorder/archive/report.py" line="265"/>
        <source>Recording resumed</source>
        <translation>录音继续</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="202"/>
        <location filename="../../recorder/archive/report.py" line="266"/>
        <source>Gap in the audio</source>
        <translation>音频中断</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="211"/>
        <source>Added later, on {date} (by the owner&apos;s device clock)</source>
        <translation>事后补充，时间 {date}（按所有者设备的时钟）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="25"/>
        <source>Evidence report</source>
        <translation>证据报告</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="26"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="27"/>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="28"/>
        <source>Recording {id}</source>
        <translation>录音 {id}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="29"/>
        <source>Facts from the tags</source>
        <translation>由标记得出的事实</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="30"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="31"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="32"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="33"/>
        <source>Trusted timestamps</source>
        <translation>可信时间戳</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="34"/>
        <source>How this package can be checked</source>
        <translation>如何检查本证据包</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="35"/>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="36"/>
        <source>Vault key</source>
        <translation>证据库密钥</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="21"/>
        <source>{local} (at {position} in the audio)</source>
        <translation>{local}（音频中 {position} 处）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="37"/>
        <source>about {seconds} s missing ({reason})</source>
        <translation>约 {seconds} 秒缺失（{reason}）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="38"/>
        <source>Gap at {when}: about {seconds} s of audio missing ({reason}).</source>
        <translation>{when} 处中断：约 {seconds} 秒音频缺失（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="39"/>
        <source>(about the {what} at {when})</source>
        <translation>（针对 {when} 的“{what}”）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="40"/>
        <source>Times are the recording device&apos;s clock, shown in its time zone when the recording started: {zone}. The restricted hours are counted in that local time, where the events happened.</source>
        <translation>时间均为录音设备的时钟，按录音开始时该设备的时区显示：{zone}。限制时段按事件发生地的这一当地时间计算。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="45"/>
        <source>In danger, call {numbers} at once.</source>
        <translation>如遇危险，请立即拨打 {numbers}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="46"/>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="47"/>
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="48"/>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="49"/>
        <source>The entries after {position} in the audio and the last {tail} of audio come after the last signature: anyone who held the file before export could have appended them. They are marked in the timeline and left out of the facts.</source>
        <translation>音频 {position} 之后的条目以及最后 {tail} 的音频位于最后一个签名之后：导出前持有该文件的任何人都可能追加了它们。它们在时间线中已标出，且不计入事实。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="55"/>
        <source>Case {case} · vault key {fingerprint}</source>
        <translation>案件 {case} · 证据库密钥 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="56"/>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="57"/>
        <source>Earlier name: {name} (renamed on {when})</source>
        <translation>曾用名：{name}（于 {when} 更名）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="216"/>
        <source>Added later, on {date} (by the owner&apos;s device clock); a trusted time stamp proves it existed no later than {time}</source>
        <translation>事后补充，时间 {date}（按所有者设备的时钟）；可信时间戳证明它不晚于 {time} 已存在</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="240"/>
        <source>(at {pos} in the audio)</source>
        <translation>（位于音频 {pos} 处）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="247"/>
        <source>NOT signed (after the last checkpoint)</source>
        <translation>未签名（在最后一个检查点之后）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="22"/>
        <source>Call: two tracks</source>
        <translation>通话：两条音轨</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="23"/>
        <source>Me — the microphone, {device}</source>
        <translation>我方——麦克风，{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="24"/>
        <source>The other party — what the computer played, {device}</source>
        <translation>对方——电脑播放的声音，{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="25"/>
        <source>not recorded (the computer&apos;s sound output could not be opened)</source>
        <translation>未录到（无法打开电脑的声音输出）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="26"/>
        <source>Left channel of the listening copy {path} (made from the two tracks)</source>
        <translation>试听副本 {path} 的左声道（由两条音轨生成）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="27"/>
        <source>Right channel of the listening copy {path} (made from the two tracks)</source>
        <translation>试听副本 {path} 的右声道（由两条音轨生成）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="28"/>
        <source>Length of the audio: {length}</source>
        <translation>音频长度：{length}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="29"/>
        <source>Gaps: {n}</source>
        <translation>中断：{n}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="30"/>
        <source>Audio file: {path}</source>
        <translation>音频文件：{path}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="31"/>
        <source>Drift between the two devices</source>
        <translation>两台设备之间的时钟偏差</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="32"/>
        <source>{ppm} ppm (millionths: how much faster the other party&apos;s device clock ran than the microphone&apos;s; negative: slower). Over the call ({length}), counting frames alone would have put the two tracks about {ms} ms apart.</source>
        <translation>{ppm} ppm（百万分之一：对方设备的时钟比麦克风的时钟快多少；负数表示慢）。在整个通话（{length}）中，若只按采样数对齐，两条音轨会相差约 {ms} 毫秒。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="37"/>
        <source>Not measured: a track has too little unbroken audio.</source>
        <translation>未能测量：有一条音轨的连续声音太少。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="38"/>
        <source>This is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</source>
        <translation>这远远超出设备时钟之间的差别（通常为几十 ppm，最多几百 ppm）：该测量值还包含了某条音轨采集时间的跳变（例如电脑把声音转到另一个输出设备时），因此并不只反映时钟的差别。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="46"/>
        <source>{me} in my track, {other} in the other party&apos;s (see “Call: two tracks”)</source>
        <translation>我方音轨 {me} 处，对方音轨 {other} 处（见“通话：两条音轨”）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="47"/>
        <source>The two tracks are aligned by the capture time of each block of sound (one clock for both), not by counting frames: the drift between the devices does not shift one track against the other.</source>
        <translation>两条音轨按每段声音的采集时间对齐（两者使用同一个时钟），而不是按采样数对齐：设备之间的时钟偏差不会让一条音轨相对另一条错位。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="52"/>
        <source>Gap in the other party&apos;s track at {when}: about {seconds} s of audio missing ({reason}).</source>
        <translation>对方音轨在 {when} 处中断：约 {seconds} 秒音频缺失（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="55"/>
        <source>Silence in the other party&apos;s track at {when}: for about {seconds} s the computer played nothing (not a loss).</source>
        <translation>对方音轨在 {when} 处无声：约 {seconds} 秒内电脑没有播放任何声音（并非缺失）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="59"/>
        <source>{what} (the other party&apos;s track)</source>
        <translation>{what}（对方音轨）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="91"/>
        <source>Visit start (tag “Arrived”)</source>
        <translation>来访开始（标记“到达”）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="92"/>
        <source>Visit end (last tag “Left”)</source>
        <translation>来访结束（最后一个“离开”标记）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="94"/>
        <source>Visit duration</source>
        <translation>来访时长</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="94"/>
        <location filename="../../recorder/archive/report_parts.py" line="104"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="96"/>
        <source>Number of visitors</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="99"/>
        <source>Asked them to leave</source>
        <translation>要求对方离开</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="103"/>
        <location filename="../../recorder/archive/report_parts.py" line="109"/>
        <source>Stayed after being asked to leave</source>
        <translation>被要求离开后仍停留</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="108"/>
        <source>no “Left” tag</source>
        <translation>没有“离开”标记</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="111"/>
        <source>Identification</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="112"/>
        <source>Entered home</source>
        <translation>进入住宅</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="113"/>
        <source>Threats and insults</source>
        <translation>威胁与辱骂</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="114"/>
        <source>Contacted family or others</source>
        <translation>对方联系我的家人或他人</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="123"/>
        <source>Events in the restricted hours {window}</source>
        <translation>限制时段 {window} 内的事件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="363"/>
        <source>Not a live recording: the sound comes from “{name}” ({kind}), not a microphone.</source>
        <translation>不是现场录音：声音来自“{name}”（{kind}），而不是麦克风。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="372"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="373"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="374"/>
        <source>Length of the audio</source>
        <translation>音频长度</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="376"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="383"/>
        <source>Gaps</source>
        <translation>中断</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="395"/>
        <source>Ended by interruption at {end}; the last {n} entries are hash-chained but not signed.</source>
        <translation>于 {end} 因中断而结束；最后 {n} 个条目已链入哈希链但未签名。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="409"/>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="418"/>
        <source>Audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="438"/>
        <source>Time (device clock)</source>
        <translation>时间（本机时间）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="439"/>
        <source>Position in the audio</source>
        <translation>在音频中的位置</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="440"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="452"/>
        <source>Rows marked blue were added later, during review; they are not part of the recording.</source>
        <translation>蓝色标出的行是事后查看时补充的，不属于原始录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="459"/>
        <source>Entries in the hash chain</source>
        <translation>哈希链中的条目数</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="181"/>
        <location filename="../../recorder/archive/report.py" line="460"/>
        <source>Last hash (SHA-256)</source>
        <translation>最后的哈希值（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="183"/>
        <location filename="../../recorder/archive/report.py" line="462"/>
        <source>Fingerprint of the last signed entry</source>
        <translation>最后一个已签名条目的校验码</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="466"/>
        <source>Recording key (signs checkpoints and the seal)</source>
        <translation>录音密钥（为检查点和封存条目签名）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="479"/>
        <source>Every audio block, note, tag and attachment was hashed (SHA-256) and chained to the previous entry at the moment it was captured.</source>
        <translation>每个音频块、备注、标记和附件都在录下的那一刻计算了哈希值（SHA-256），并与前一个条目链接。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="484"/>
        <source>A key made for each recording, kept only in memory and erased at its end, signed a checkpoint at least every second and the final seal.</source>
        <translation>每段录音专用的密钥只保存在内存中、在录音结束时销毁；它至少每秒为一个检查点签名，并为最终的封存条目签名。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="489"/>
        <source>The list of files (SHA256SUMS) is signed by the vault key {fingerprint}; VERIFY.txt shows how to check it with standard tools.</source>
        <translation>文件清单（SHA256SUMS）由证据库密钥 {fingerprint} 签名；VERIFY.txt 说明了如何用标准工具检查。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="494"/>
        <source>The audio is the captured sound, sample for sample; nothing was converted.</source>
        <translation>音频就是录下的声音，逐个采样一致；没有经过任何转换。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="495"/>
        <source>Trusted timestamps (RFC 3161) from independent time-stamp authorities are included where listed above; each proves its entry existed no later than the time it states, and VERIFY.txt shows how to check it with openssl. All other times come from the recording device&apos;s own clock.</source>
        <translation>上面列出之处附有独立时间戳服务签发的可信时间戳（RFC 3161）；每个时间戳证明其条目最迟在所注明的时间已存在，VERIFY.txt 说明了如何用 openssl 检查。其他所有时间都来自录音设备自身的时钟。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="502"/>
        <source>All times come from the recording device&apos;s own clock. No trusted timestamp is included, so the time of recording is not independently proven.</source>
        <translation>所有时间都来自录音设备自身的时钟。其中不含可信时间戳，因此录音时间没有得到独立证明。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="508"/>
        <source>Nothing here proves that the recorded events were not staged, or that what was said is true.</source>
        <translation>这里的任何内容都不能证明所记录的事件不是事先安排的，也不能证明所说的话属实。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="511"/>
        <source>Stated by the person who exported this package, not proven by it: which recordings make up the case (nothing in a package can show that no other recording was left out), the time zone of the local times ({zone}), and the dates of later annotations (their device&apos;s clock).</source>
        <translation>以下内容由导出本证据包的人声明，证据包本身无法证明：本案包含哪些录音（证据包中的任何内容都无法证明没有遗漏其他录音）、本地时间所用的时区（{zone}），以及事后注释的日期（其设备的时钟）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="523"/>
        <source>This report is not legal advice.</source>
        <translation>本报告不构成法律意见。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="524"/>
        <source>Laws on recording conversations, and on whose consent is needed, differ from place to place.</source>
        <translation>关于录音以及需要征得谁同意的法律规定，各地不尽相同。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="527"/>
        <source>Give recordings to the police, a regulator or a lawyer rather than publishing them.</source>
        <translation>请把录音交给警方、监管部门或律师，而不要公开发布。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="123"/>
        <source>Imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="125"/>
        <source>Imported, not recorded by this app. Their content before the import is not proven by this app; from the import on, any change is detected (each file&apos;s SHA-256 was chained and signed at the import).</source>
        <translation>导入的（非本软件录制）。本软件不能证明其导入之前的内容；自导入起，任何改动都会被发现（每个文件的 SHA-256 在导入时已链入哈希链并签名）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="131"/>
        <source>Source stated by the user: {source}</source>
        <translation>用户所述来源：{source}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="134"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="135"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="136"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="137"/>
        <source>File times as found (not proven)</source>
        <translation>文件原有时间（未经证明）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="138"/>
        <source>Imported (device clock)</source>
        <translation>导入时间（本机时间）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="149"/>
        <source>Read from the file, not measured by this app ({reader} {version}):</source>
        <translation>从文件中读取，并非本软件测得（{reader} {version}）：</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="187"/>
        <source>Import key (signed the import and its seal, then erased)</source>
        <translation>导入密钥（签署导入及其封存后即销毁）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="308"/>
        <source>Calls and messages (derived from the imported log)</source>
        <translation>通话和短信（由导入的记录派生）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="311"/>
        <source>Read from a screenshot and confirmed by the user ({rows} rows).</source>
        <translation>读自截图，并经用户确认（{rows} 条）。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="313"/>
        <source>Times in {zone}, the phone&apos;s time zone as stated at the import. Rules: {rules}.</source>
        <translation>时间按 {zone}（导入时所述的手机时区）显示。规则：{rules}。</translation>
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
        <translation>来电</translation>
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
        <translation>拒接或拦截</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="46"/>
        <location filename="../../recorder/archive/imports.py" line="322"/>
        <source>Messages received</source>
        <translation>收到短信</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="200"/>
        <location filename="../../recorder/archive/imports.py" line="331"/>
        <source>Contacts between {start} and {end}: {count}.</source>
        <translation>{start} 至 {end} 之间的联系：{count} 次。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="205"/>
        <location filename="../../recorder/archive/imports.py" line="334"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</source>
        <translation>{day}：{number} 未接通的来电 {n} 次——超出指引“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="208"/>
        <location filename="../../recorder/archive/imports.py" line="338"/>
        <source>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</source>
        <translation>截至 {day} 的 7 天内：{number} 来电 {n} 次——超出指引“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="342"/>
        <source>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</source>
        <translation>{when}：{number} 在通话后 7 天内再次来电——超出指引“{rule}”。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="347"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>本地区未引用任何规则：仅列出次数，不对照指引。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="36"/>
        <source>Numbers marked by the owner</source>
        <translation>所有者标记的号码</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="37"/>
        <source>Calls and messages of the case (all imported logs)</source>
        <translation>本案的通话和短信（全部导入的记录）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="38"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="39"/>
        <source>Marked as</source>
        <translation>标记为</translation>
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
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="43"/>
        <source>Marked (device clock)</source>
        <translation>标记时间（设备时钟）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="135"/>
        <source>The owner&apos;s own statement of whose numbers these are, made after the import; not proven.</source>
        <translation>这是所有者在导入之后对号码归属的陈述，未经证明。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="154"/>
        <source>the collector&apos;s</source>
        <translation>催收方号码</translation>
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
        <translation>其他联系人</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="158"/>
        <source>no mark (withdrawn)</source>
        <translation>无标记（已撤回）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="178"/>
        <source>Combined from {logs} imported logs: {rows} calls and messages counted; {merged} present in two logs (same number, direction and time within a second) counted once. Times in {zone}.</source>
        <translation>合并自 {logs} 份导入的记录：共计 {rows} 条通话和短信；其中 {merged} 条同时出现在两份记录中（号码、方向相同，时间相差不超过一秒），只计一次。时间按 {zone}。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="17"/>
        <source>Excerpts in this package</source>
        <translation>证据包中的片段</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="18"/>
        <source>Each excerpt&apos;s WAV file holds exactly the recording&apos;s own samples of that stretch: “recorder verify” checks them against the recording&apos;s audio in this package. The Opus file beside it is a smaller copy made from those samples for listening; it is not evidence.</source>
        <translation>每个片段的 WAV 文件恰好是录音本身在该段的样本：“recorder verify” 会将其与本证据包中该录音的音频核对。旁边的 Opus 文件是由这些样本生成的较小副本，仅供收听，不是证据。</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="24"/>
        <source>Excerpt {n}: recording {id}, from {start} to {end} in the audio ({length})</source>
        <translation>片段 {n}：录音 {id}，音频中从 {start} 到 {end}（时长 {length}）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="25"/>
        <source>{position} (the tag “{tag}”)</source>
        <translation>{position}（标记“{tag}”）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="26"/>
        <source>The original samples: {wav}; a copy for listening: {opus}</source>
        <translation>原始样本：{wav}；供收听的副本：{opus}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="27"/>
        <source>SHA-256 of the samples: {sha256}</source>
        <translation>样本的哈希值（SHA-256）：{sha256}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="28"/>
        <source>Pauses or gaps inside the stretch: {n}</source>
        <translation>该段内的暂停或中断：{n}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_thumbs.py" line="29"/>
        <source>(This photo cannot be shown here: it could not be read safely as an image. The file is in the package.)</source>
        <translation>（无法在此显示这张照片：它无法被安全地读取为图片。文件本身在证据包中。）</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="20"/>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="21"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="22"/>
        <source>Photo or file</source>
        <translation>照片或文件</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="23"/>
        <source>Who is here</source>
        <translation>来访人员</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="24"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="25"/>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="26"/>
        <source>Gap</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="27"/>
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="28"/>
        <source>Interrupted end</source>
        <translation>中断结束</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="29"/>
        <source>Added later</source>
        <translation>事后补充</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="87"/>
        <source>The other party: {text}</source>
        <translation>对方：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="135"/>
        <source>about the {what} at {time}: {text}</source>
        <translation>关于 {time} 处的{what}：{text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="142"/>
        <source>added later, on {date}</source>
        <translation>事后补充，于 {date}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="154"/>
        <source>The recording ended by interruption</source>
        <translation>录音因中断而结束</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="47"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="48"/>
        <source>Offset</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="49"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="50"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="67"/>
        <source>The recording is damaged or was altered and cannot be read.</source>
        <translation>该录音已损坏或被改动，无法读取。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="68"/>
        <source>The recording could not be opened ({what}).</source>
        <translation>无法打开该录音（{what}）。</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="64"/>
        <source>Calls read from a screenshot: {name}</source>
        <translation>从截图读取的通话：{name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="67"/>
        <source>The text of the screenshot is read on this computer. Check every row and correct it where it is wrong: only the rows you confirm count, and they stay labelled “read from a screenshot”.</source>
        <translation>截图中的文字在本机识别。请逐行核对，有误之处请更正：只有您确认的行才计入，并始终标注为“读自截图”。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="71"/>
        <source>Year of the calls</source>
        <translation>通话所在年份</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="72"/>
        <source>Phone&apos;s time zone, e.g. Asia/Shanghai</source>
        <translation>手机时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="73"/>
        <source>Where does the screenshot come from?</source>
        <translation>截图来源？</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="74"/>
        <source>Read the screenshot</source>
        <translation>识别截图</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="75"/>
        <source>Confirm these rows and import</source>
        <translation>确认这些行并导入</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Direction</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="88"/>
        <source>Reading the screenshot…</source>
        <translation>正在识别截图…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="100"/>
        <source>{n} rows proposed. Check them, then confirm.</source>
        <translation>识别出 {n} 行。请核对后确认。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="125"/>
        <source>The screenshot and {n} confirmed rows were imported and sealed.</source>
        <translation>截图及 {n} 条已确认的记录已导入并封存。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="130"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="184"/>
        <source>Recording {session}</source>
        <translation>录音 {session}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="188"/>
        <source>Opening the recording…</source>
        <translation>正在打开录音…</translation>
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
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="193"/>
        <source>Whole recording</source>
        <translation>整段录音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="194"/>
        <source>Add annotation…</source>
        <translation>添加事后补充…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="195"/>
        <source>Export excerpt…</source>
        <translation>导出片段…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="196"/>
        <source>Drag over the waveform to choose the stretch</source>
        <translation>在波形上拖动以选择要截取的一段</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="197"/>
        <source>Space: play or pause · ←/→: previous or next marker</source>
        <translation>空格：播放或暂停 · ←/→：上一个或下一个标记点</translation>
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
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="239"/>
        <source>This recording cannot be shown.</source>
        <translation>无法显示该录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="256"/>
        <source>Playback stopped: this part of the audio is damaged or was altered.</source>
        <translation>播放已停止：这部分音频已损坏或被改动。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="270"/>
        <source>The recording is damaged or was altered from entry {n} on. Everything before it is shown; the check below says what failed.</source>
        <translation>该录音从第 {n} 个条目起已损坏或被改动。之前的内容都已显示；下方的检查结果说明了哪里不符。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="299"/>
        <source>not a live recording</source>
        <translation>不是现场录音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="337"/>
        <source>No sound output was found, so the recording cannot be played here.</source>
        <translation>没有找到声音输出设备，因此无法在这里播放录音。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="367"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="367"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="443"/>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../recorder/gui/settings.py" line="331"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="333"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="334"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="335"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>闲置多少分钟后锁定（0 = 从不）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="336"/>
        <source>Input device</source>
        <translation>输入设备（麦克风）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="337"/>
        <source>Call mode: the other party&apos;s sound from</source>
        <translation>通话模式：对方的声音来自</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="345"/>
        <source>System default ({name})</source>
        <translation>系统默认（{name}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="346"/>
        <source>What the computer plays (its default output)</source>
        <translation>电脑播放的声音（默认输出设备）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="347"/>
        <source>Normal</source>
        <translation>标准</translation>
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
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="349"/>
        <source>Quick tag</source>
        <translation>快捷标记</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="350"/>
        <source>Restore the default tags</source>
        <translation>恢复默认标记</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="118"/>
        <source>Please choose a passphrase.</source>
        <translation>请设置一个密码。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="121"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="124"/>
        <source>This passphrase is too easy to guess.</source>
        <translation>这个密码太容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="136"/>
        <source>Strength: weak — a longer passphrase is safer</source>
        <translation>强度：弱——密码越长越安全</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="137"/>
        <source>Strength: fair — a few more words make it stronger</source>
        <translation>强度：一般——再多加几个词会更强</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="138"/>
        <source>Strength: good</source>
        <translation>强度：良好</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="139"/>
        <source>Strength: strong</source>
        <translation>强度：强</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="147"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的密码还不一致。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="152"/>
        <source>Set up Evidence Recorder</source>
        <translation>设置证据记录器</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="155"/>
        <source>Welcome. This app records visits and calls as evidence that nobody can quietly change. Choose your language.</source>
        <translation>欢迎使用。本程序把上门和来电记录为任何人都无法悄悄篡改的证据。请选择语言。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="161"/>
        <source>Choose a passphrase for your evidence vault. Recording never asks for it; you need it to listen to, review and export your recordings. Type it twice.</source>
        <translation>请为证据库设置密码。录音时不需要密码；收听、查看和导出录音时需要。请输入两次。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="165"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="166"/>
        <source>Passphrase again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="169"/>
        <source>Write the passphrase down and keep it safe. If it is forgotten, nobody can recover it — not even the makers of this app — and your recordings cannot be opened.</source>
        <translation>请把密码写下来并妥善保管。密码一旦忘记，任何人都无法找回——包括本程序的开发者——您的录音将无法打开。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="173"/>
        <source>Record now, set up later</source>
        <translation>先录音，稍后设置</translation>
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
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="22"/>
        <source>Evidence Recorder, recording {session}</source>
        <translation>证据记录器，录音 {session}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="23"/>
        <source>fingerprint {code}</source>
        <translation>校验码 {code}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="24"/>
        <source>chain hash {hash}</source>
        <translation>哈希链 {hash}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="25"/>
        <source>device time {time}</source>
        <translation>本机时间 {time}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="61"/>
        <source>Share the fingerprint</source>
        <translation>分享校验码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="64"/>
        <source>Send this to someone you trust (a message or an e-mail) or let them scan the code. Their copy, timed by the service that carried it, shows that the recording had reached this point by then.</source>
        <translation>把它发给您信任的人（短信或电子邮件），或让对方扫描二维码。对方收到的副本带有传送服务记录的时间，可以证明录音在那时已进行到这一步。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="68"/>
        <source>Copy the message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="69"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="30"/>
        <source>Start or stop recording, from anywhere in the app</source>
        <translation>开始或停止录音（在本软件任何位置都有效）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="31"/>
        <source>Add the quick tag shown on that button</source>
        <translation>添加对应按钮上的快速标记</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="32"/>
        <source>Add a quick tag of the second row</source>
        <translation>添加第二排的快速标记</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="33"/>
        <source>Write a note</source>
        <translation>写备注</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="34"/>
        <source>Add the note; the next digit is a tag again</source>
        <translation>添加备注；之后按数字键又是标记</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="35"/>
        <source>Leave the note field (what is typed is kept)</source>
        <translation>离开备注框（已输入的内容保留）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="36"/>
        <source>Close a recording&apos;s review window</source>
        <translation>关闭录音的回放窗口</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="37"/>
        <source>Play or pause, in a review window</source>
        <translation>在回放窗口中播放或暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="38"/>
        <source>Next or previous tag or note, in a review window</source>
        <translation>在回放窗口中跳到下一个或上一个标记、备注</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="39"/>
        <source>Jump forward or back, in a review window</source>
        <translation>在回放窗口中快进或快退</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="40"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="71"/>
        <source>Keys</source>
        <translation>按键</translation>
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
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="20"/>
        <source>Showed ID</source>
        <translation>出示证件</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="21"/>
        <source>Refused to show ID</source>
        <translation>拒绝出示证件</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="22"/>
        <source>Asked them to leave</source>
        <translation>要求对方离开</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="23"/>
        <source>Refused to leave</source>
        <translation>拒绝离开</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="24"/>
        <source>Threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="25"/>
        <source>Insult</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="26"/>
        <source>They contacted my family or others</source>
        <translation>对方联系我的家人或他人</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="30"/>
        <source>Pushed or hit</source>
        <translation>推搡或动手</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="31"/>
        <source>Blocked the door</source>
        <translation>堵门、不让出门</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="32"/>
        <source>They filmed me</source>
        <translation>对方拍照或录像</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="33"/>
        <source>I called the police</source>
        <translation>已报警</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="27"/>
        <source>Entered home</source>
        <translation>进入住宅</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="28"/>
        <source>Left</source>
        <translation>离开</translation>
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
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="55"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="57"/>
        <source>Solo</source>
        <translation>只听</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="58"/>
        <source>Hear only this track</source>
        <translation>只听这一轨</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="59"/>
        <source>Balance</source>
        <translation>左右平衡</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="60"/>
        <source>Left: more of me · right: more of the other party</source>
        <translation>向左：多听我方 · 向右：多听对方</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="72"/>
        <location filename="../../recorder/gui/unlock_dialog.py" line="75"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="73"/>
        <source>Enter the passphrase of your evidence vault to see cases and play recordings.</source>
        <translation>输入证据库密码，即可查看案件并播放录音。</translation>
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
        <translation>选择证据包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="105"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="138"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="118"/>
        <source>Verified: the evidence package {name} is authentic and complete.</source>
        <translation>验证通过：证据包 {name} 真实且完整。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="121"/>
        <location filename="../../recorder/gui/verify_dialog.py" line="143"/>
        <source>The evidence package {name} could not be read.</source>
        <translation>无法读取证据包 {name}。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="124"/>
        <source>Not verified: the evidence package {name} has problems (listed below).</source>
        <translation>验证未通过：证据包 {name} 存在问题（见下方列表）。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="140"/>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="146"/>
        <source>Verify an evidence package</source>
        <translation>验证证据包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="147"/>
        <source>Drop an evidence package here</source>
        <translation>把证据包拖到这里</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="148"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="149"/>
        <source>Passphrase, if the package is encrypted</source>
        <translation>密码（如果证据包已加密）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="150"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VisitorsCard</name>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="64"/>
        <source>Who is here</source>
        <translation>来访人员</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="66"/>
        <source>How many visitors</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="67"/>
        <source>Names or staff numbers</source>
        <translation>姓名或工号</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="68"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="69"/>
        <source>Platform or lender</source>
        <translation>平台或放贷机构</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="70"/>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="74"/>
        <location filename="../../recorder/gui/visitors_card.py" line="75"/>
        <source>separate with commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="76"/>
        <source>Save who is here</source>
        <translation>保存来访人员</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="16"/>
        <source>the microphone was lost</source>
        <translation>麦克风断开</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="17"/>
        <source>the computer could not keep up</source>
        <translation>电脑来不及处理</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="18"/>
        <source>the sound system dropped some sound</source>
        <translation>系统音频丢失了部分声音</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="19"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="25"/>
        <source>the computer&apos;s sound output was lost</source>
        <translation>电脑的声音输出中断</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="26"/>
        <source>nothing was playing (silence, not a loss)</source>
        <translation>没有播放任何声音（无声，并非缺失）</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="29"/>
        <source>stopped by you</source>
        <translation>由您停止</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="30"/>
        <source>the disk was full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="31"/>
        <source>the microphone could not be used</source>
        <translation>麦克风无法使用</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="32"/>
        <source>stopped by an error</source>
        <translation>因出错而停止</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="33"/>
        <source>the chosen length was reached</source>
        <translation>已达到设定的时长</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="34"/>
        <source>the app&apos;s self-test</source>
        <translation>本软件的自检</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="35"/>
        <source>imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="36"/>
        <source>numbers marked by you</source>
        <translation>您标记的号码</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="37"/>
        <source>the app was asked to close</source>
        <translation>本软件被要求关闭</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="40"/>
        <source>an input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="41"/>
        <source>a test signal</source>
        <translation>测试信号</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="42"/>
        <source>a sound file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="43"/>
        <source>marks of numbers (no sound)</source>
        <translation>号码标记（无声音）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/words.py" line="29"/>
        <source>%n visitors</source>
        <translation>
            <numerusform>%n 名来访人员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="45"/>
        <location filename="../../recorder/gui/words.py" line="49"/>
        <location filename="../../recorder/gui/words.py" line="59"/>
        <source>the system&apos;s default microphone</source>
        <translation>系统默认麦克风</translation>
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
        <translation>从 {device} 录音</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="49"/>
        <location filename="../../recorder/gui/words.py" line="78"/>
        <source>Input ended: {device}</source>
        <translation>输入结束：{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="50"/>
        <location filename="../../recorder/gui/words.py" line="80"/>
        <source>Input back: {device}</source>
        <translation>输入已恢复：{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="51"/>
        <location filename="../../recorder/gui/words.py" line="82"/>
        <source>Input could not be used: {device}</source>
        <translation>无法使用输入设备：{device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="52"/>
        <location filename="../../recorder/gui/words.py" line="85"/>
        <source>Input changed to {device} (was {previous})</source>
        <translation>输入设备已换为{device}（原为{previous}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="129"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="130"/>
        <source>Visitors</source>
        <translation>来访人员</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="132"/>
        <source>{people} ({names})</source>
        <translation>{people}（{names}）</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="134"/>
        <source>{people} from {company}</source>
        <translation>{people}，来自{company}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="136"/>
        <source>{people}, for {platform}</source>
        <translation>{people}，代表{platform}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="138"/>
        <source>{people}; phone numbers: {phones}</source>
        <translation>{people}；电话：{phones}</translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="79"/>
        <source>Channel and evidence</source>
        <translation>渠道和证据</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="80"/>
        <source>Where the complaint goes, and the case&apos;s sealed evidence package it is made from.</source>
        <translation>投诉提交到哪里，以及用来制作投诉材料的、案件已封存的证据包。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="81"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="82"/>
        <source>Evidence package:</source>
        <translation>证据包：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="83"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="84"/>
        <source>Excerpts:</source>
        <translation>片段：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="85"/>
        <source>Add an excerpt folder…</source>
        <translation>添加片段文件夹…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="98"/>
        <source>Excerpt folder</source>
        <translation>片段文件夹</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="103"/>
        <source>Evidence package</source>
        <translation>证据包</translation>
    </message>
</context>
<context>
    <name>_EditPage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="143"/>
        <source>Fields and narrative</source>
        <translation>各项内容和事情经过</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="145"/>
        <source>Filled in from the case&apos;s facts only. Edit them; keep to what happened, in your own words.</source>
        <translation>只根据案件中的事实填写。请修改；用自己的话，只写发生了什么。</translation>
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
        <translation>保存材料包</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="205"/>
        <source>A new folder: the fields, the narrative, the attachments and the cover sheet.</source>
        <translation>一个新文件夹：各项内容、事情经过、附件和封面清单。</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="206"/>
        <source>New folder:</source>
        <translation>新文件夹：</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="207"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="210"/>
        <source>New folder</source>
        <translation>新文件夹</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="227"/>
        <source>The package could not be written: %1</source>
        <translation>无法写入材料包：%1</translation>
    </message>
</context>
</TS>
