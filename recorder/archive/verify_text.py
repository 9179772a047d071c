"""VERIFY.txt: how to check the archive with stock tools, in Chinese and English, with copy-paste commands.

Both languages are always present (the reader may not be the user), so this text is not translated per user.
The command lines are indented by four spaces and are exactly what a person should type.

The key that signs the archive travels in it, so a signature check proves something only once the reader has
compared that key's fingerprint with one the owner gave them separately. Each way of checking therefore prints
the fingerprint of the very key that verified the signature (``ssh-keygen -Y verify`` says it at the end of its
"Good signature" line; the OpenSSL line derives it from ``identity.pem`` itself), never of another member: a
forger who replaces the checked key but leaves ``identity.pub`` as the owner's must not be shown the owner's
fingerprint (issue 11). The commands are the same for every archive; docs/FORMAT.md §7.3 publishes them.
"""

from __future__ import annotations

from . import layout

# The SSH public key blob of an Ed25519 key is string("ssh-ed25519") string(32-byte key); the DER
# SubjectPublicKeyInfo that `openssl pkey -outform DER` writes for it is a fixed 12-byte prefix and the same 32
# bytes. Replacing the one prefix by the other and hashing gives `ssh-keygen -l`'s fingerprint of the key in
# identity.pem. A key of any other type keeps other bytes after its first 12, so it cannot print an Ed25519
# key's fingerprint.
OPENSSL_FINGERPRINT = (
    "(printf '\\000\\000\\000\\013ssh-ed25519\\000\\000\\000\\040'; "
    f"openssl pkey -pubin -in {layout.IDENTITY_PEM} -outform DER | tail -c +13) "
    "| openssl dgst -sha256 -binary | openssl base64 | sed 's/=*$//;s/^/SHA256:/'"
)
COMMANDS = (
    f"openssl pkeyutl -verify -pubin -inkey {layout.IDENTITY_PEM} -rawin -in {layout.SUMS} -sigfile {layout.SUMS_SIG}"
    f" && {OPENSSL_FINGERPRINT}",
    f"ssh-keygen -Y verify -f {layout.ALLOWED_SIGNERS} -I {layout.SSH_PRINCIPAL} -n {layout.SSH_NAMESPACE} "
    f"-s {layout.SUMS_SSHSIG} < {layout.SUMS}",
    f"sha256sum -c {layout.SUMS}",
)


def excerpts_section(commands: list[str]) -> str:
    """How to prove, with stock tools, that each excerpt carried in the archive is the recording's (FORMAT §7.9)."""
    lines = "\n".join(f"    {c}" for c in commands)
    return (
        "\n片段 / Excerpts\n\n"
        "每个片段的两行命令应显示同一个 SHA-256，即 manifest.json 中该片段的 samples_sha256：第一行算的是片段\n"
        "excerpt.wav 中的样本，第二行算的是原始录音在同一帧范围内的样本。excerpt.opus 是由 excerpt.wav 派生的\n"
        "压缩副本，只供播放和上传，不作为证据。\n\n"
        "The two lines of each excerpt must print the same SHA-256, the excerpt's samples_sha256 in manifest.json:\n"
        "the first of the samples in excerpt.wav, the second of the original recording's samples at the same\n"
        "frames. excerpt.opus is a compressed copy derived from excerpt.wav, for playing and uploading; it is not\n"
        "evidence.\n\n" + lines + "\n"
    )


def text(stamp_commands: list[str] | None = None, excerpt_commands: list[str] | None = None) -> str:
    sig, ssh, sums = COMMANDS
    stamps = excerpts_section(excerpt_commands) if excerpt_commands else ""
    if stamp_commands:
        lines = "\n".join(f"    {c}" for c in stamp_commands)
        stamps += (
            "\n可信时间戳 / Trusted timestamps (OpenSSL)\n\n"
            "每行应显示 “Verification: OK”。-attime 是该时间戳本身记载的时间（genTime，自 1970 年起的秒数）：\n"
            "证书按时间戳生成时是否有效来检查，所以时间戳机构的证书过期以后，这些命令仍然有效。\n"
            "请把每个根证书的指纹与时间戳机构公布的指纹比较。\n"
            "-digest 是某一行的 SHA-256（不含换行符）：journal.jsonl 中的开始、检查点或封存条目，\n"
            "或 review-NNNN.jsonl 的最后一行（该次查看的封存：时间戳证明其中的事后补充不晚于该时间）。\n\n"
            'Each line must print "Verification: OK". -attime is the time the token itself states (its genTime, in\n'
            "seconds since 1970): the certificates are checked as of when the token was made, so these lines keep\n"
            "working after the authority's certificate has expired. Compare each root certificate's fingerprint\n"
            "with the one the time-stamp authority publishes.\n"
            "-digest is the SHA-256 of one line (without its newline): a start, checkpoint or seal entry of a\n"
            "journal.jsonl, or the last line of a review-NNNN.jsonl (that review sitting's seal: the token then\n"
            "dates the later annotations added in it).\n\n" + lines + "\n"
        )
    return f"""证据包验证说明（中文）
=====================

本证据包由 Evidence Recorder（证据录音）导出。无需安装本软件，用常见工具即可验证：

1. 把 zip 解压到一个空文件夹，并在该文件夹中打开终端：

    unzip 证据包.zip -d evidence
    cd evidence

2. 验证签名并核对密钥指纹（两种方式任选其一）。签名所用的公钥就装在本证据包里，任何人都可以换上自己的
   密钥重新签名；所以只有当下面命令显示的指纹与录音人另行提供给您的指纹（例如短信、纸条）完全一致时，
   签名才有证明力。请只使用命令显示的指纹：它来自实际验证签名的那个密钥。

   OpenSSH 8.1 以上：应显示 “Good "{layout.SSH_NAMESPACE}" signature for {layout.SSH_PRINCIPAL} with
   ED25519 key SHA256:…”，行末的 SHA256:… 就是验证签名的密钥的指纹：

    {ssh}

   或者 OpenSSL 3：应先显示 “Signature Verified Successfully”，再显示一行 SHA256:…，即验证签名的密钥
   （identity.pem）的指纹：

    {sig}

3. 验证每个文件的哈希值（每行都应显示 “OK” 或 “成功”）：

    {sums}

   macOS 上可用：shasum -a 256 -c {layout.SUMS}

以上命令都通过、且指纹一致，说明本文件夹中每个列出的文件自录音人签名以来未被改动。这些命令对每个证据包都
相同，也公布在本软件的格式说明（docs/FORMAT.md §7.3）中；若本文件中的命令与之不同，请不要信任。若要同时
检查哈希链、每段音频的哈希值、完整性（无缺失记录）以及报告中的事实，请使用本软件：recorder verify 证据包.zip
注意：sha256sum 不会发现额外添加的文件；recorder verify 会。时间来自录音设备本机时间。本报告不构成法律意见。


How to verify this evidence package (English)
=============================================

This package was exported by Evidence Recorder. You do not need the app to check it; stock tools suffice:

1. Unzip it into an empty folder and open a terminal in that folder:

    unzip package.zip -d evidence
    cd evidence

2. Check the signature and the key's fingerprint (either way will do). The public key that checks the
   signature travels inside this package, and anyone can put their own key in and sign again: the signature
   proves something only when the fingerprint the command prints is exactly the one the person who recorded
   gave you separately (by text message, on paper). Use only the fingerprint the command prints: it is the
   fingerprint of the very key that verified the signature.

   OpenSSH 8.1 or later prints 'Good "{layout.SSH_NAMESPACE}" signature for {layout.SSH_PRINCIPAL} with
   ED25519 key SHA256:…'; the SHA256:… at its end is the fingerprint of the key that verified the signature:

    {ssh}

   Or OpenSSL 3 prints "Signature Verified Successfully" and then a line SHA256:…, the fingerprint of the
   key that verified the signature (identity.pem):

    {sig}

3. Check every file's hash (each line must say "OK"):

    {sums}

   On macOS: shasum -a 256 -c {layout.SUMS}

When these commands succeed and the fingerprint matches, every listed file in this folder is unchanged since
the person who recorded signed it. The commands are the same for every package and are published in the app's
format description (docs/FORMAT.md §7.3): if the ones in this file differ, do not trust it. To check also the
hash chain, every audio block's hash, completeness (no missing entry) and the facts in the report, use the app:
recorder verify package.zip
Note: sha256sum does not notice a file added to the folder; recorder verify does. Times come from the recording
device's own clock unless trusted timestamps are included. This is not legal advice.
{stamps}"""
