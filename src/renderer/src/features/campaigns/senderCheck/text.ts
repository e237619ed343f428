/**
 * The sender check's words: each finding's title, what it means and what to do, in English and
 * Russian (the compiler checks Russian has the same keys). A finding's code `spf.notAllowed` is
 * the key `codes.spf.notAllowed`; its params fill the {{…}}.
 */
import type { Translation } from '@renderer/i18n/translation'

export const en = {
  senderCheck: {
    title: 'Sender check',
    checking: 'Checking the sender’s DNS records and the message…',
    failed: 'The sender check did not run: {{message}}',
    advice: 'Advice from what receiving mail services look at. None of it stops the start.',
    nothingToFix: 'Nothing to fix.',
    passed: 'In order',
    whatToDo: 'What to do: {{todo}}',
    onAccount: '{{account}}: {{title}}',
    checkLater:
      'Check again later by opening this dialog again. Starting anyway is fine: this only means Outbox could not look.',
    none: 'none',
    via: {
      dkim: 'the DKIM signature',
      spf: 'the envelope sender (SPF)',
      both: 'the DKIM signature and the envelope sender (SPF)',
    },
    mode: {
      strict: 'exactly (strict alignment)',
      relaxed: 'in its main domain (relaxed alignment)',
    },
    reasons: {
      unreachable: 'no DNS server answered. Is the computer offline?',
      timeout: 'the DNS server took too long to answer.',
      servfail: 'the DNS server failed to answer (SERVFAIL).',
      refused: 'the DNS server refused to answer.',
      hostNotFound: 'the SMTP server name {{host}} has no address in DNS.',
      keyUnreadable: 'the DKIM key saved in the account could not be opened.',
      render: 'the first recipient’s message does not render (the check above says why).',
      noRecipients: 'the campaign has no recipients.',
      error: 'something unexpected happened ({{detail}}).',
    },
    codes: {
      dns: {
        notApplicable: {
          title:
            '{{account}} keeps every message on this computer: SPF, DKIM and DMARC do not apply',
        },
      },
      spf: {
        pass: { title: 'SPF of {{domain}} allows the server {{host}} ({{addresses}})' },
        notAllowed: {
          title: 'SPF of {{domain}} does not allow the server {{host}}',
          explain:
            'Receivers check that the server handing them a message is named in the SPF record of {{domain}}. The addresses of {{host}} ({{addresses}}) are not (the record says “{{result}}”), so messages may go to spam or be refused.',
          todo: 'Add your mail provider’s SPF entry (usually include:…, as the provider documents it) to the TXT record of {{domain}} that starts with v=spf1. If your provider passes mail on from other servers than {{host}}, its instructions are what counts.',
        },
        missing: {
          title: '{{domain}} has no SPF record',
          explain:
            'Without SPF, receivers cannot tell which servers may send mail for {{domain}}. Gmail and Yahoo ask every sender for SPF or DKIM, and bulk senders for both.',
          todo: 'Publish a TXT record on {{domain}} such as “v=spf1 include:… ~all”, with the entry your mail provider gives.',
        },
        broken: {
          title: 'The SPF record of {{domain}} has an error',
          explain: 'Receivers treat a broken SPF record as a failure: {{detail}}.',
          todo: 'Fix the TXT record of {{domain}} that starts with v=spf1: only one such record, at most 10 lookups (include, a, mx…).',
        },
        localRelay: {
          title: 'SPF cannot be judged from here for {{host}}',
          explain:
            '{{host}} is on this computer or the local network. It passes messages on from its own internet address, which Outbox cannot see.',
          todo: 'Make sure the SPF record of {{domain}} names the server that sends to the internet.',
        },
        unknown: { title: 'SPF of {{domain}} could not be checked: {{reason}}' },
      },
      dkim: {
        match: {
          title:
            'DKIM: the key published at {{selector}}._domainkey.{{domain}} matches the key Outbox signs with',
        },
        mismatch: {
          title: 'The DKIM key in DNS is not the one Outbox signs with',
          explain:
            'The record at {{selector}}._domainkey.{{domain}} holds another public key, so every signature fails and receivers treat the messages as unsigned or forged.',
          todo: 'Publish the public key that belongs to the private key saved in the account (your key generator gave both), or save the matching private key in the account.',
        },
        missing: {
          title: 'No DKIM record at {{selector}}._domainkey.{{domain}}',
          explain:
            'Outbox signs every message, but receivers cannot find the key to verify the signature, so it fails.',
          todo: 'Publish a TXT record at {{selector}}._domainkey.{{domain}} with the public key: “v=DKIM1; k=rsa; p=…”.',
        },
        revoked: {
          title: 'The DKIM key at {{selector}}._domainkey.{{domain}} is withdrawn',
          explain:
            'The record has an empty p=, which means the key was revoked: signatures made with it fail.',
          todo: 'Publish the current public key there, or change the selector in the account to one that has it.',
        },
        notConfigured: {
          title: 'Messages from {{domain}} are not signed with DKIM by Outbox',
          explain:
            'Gmail and Yahoo ask bulk senders to sign with DKIM, and DMARC passes more reliably with a signature: forwarding breaks SPF but not DKIM. If your mail provider signs messages itself for {{domain}}, this does not apply.',
          todo: 'Set up DKIM in the account “{{account}}” (domain, selector, private key) and publish the public key in DNS.',
        },
        unknown: { title: 'DKIM of {{domain}} could not be checked: {{reason}}' },
      },
      dmarc: {
        aligned: {
          title:
            '{{domain}} has a DMARC record (policy {{policy}}), and the From lines up with {{via}}',
        },
        misaligned: {
          title: 'The From domain {{domain}} lines up with neither DKIM nor SPF',
          explain:
            'DMARC passes only when the From domain matches {{mode}} the domain that signs ({{dkimDomain}}) or the envelope sender’s domain ({{envelopeDomain}}). Neither does, so under the policy “{{policy}}” receivers may refuse the messages or put them in spam.',
          todo: 'Sign with DKIM for {{domain}} (the DKIM domain {{domain}} in the account), or send through an account whose own address is at {{domain}}.',
        },
        missing: {
          title: '{{domain}} has no DMARC record',
          explain:
            'Since 2024 Gmail and Yahoo ask bulk senders for a DMARC record; without one their messages may be refused.',
          todo: 'Publish a TXT record at _dmarc.{{domain}}, at least “v=DMARC1; p=none”.',
        },
        unknown: { title: 'DMARC of {{domain}} could not be checked: {{reason}}' },
      },
      freeMail: {
        bulk: {
          title: 'The From address is at a free mail service ({{domain}})',
          explain:
            'This campaign has {{recipients}} recipients, more than {{threshold}}. Free mail services limit how much an account sends a day and do not allow bulk mailings; receivers distrust bulk mail from free addresses; and through any other server than the service’s own, its DMARC policy fails the messages.',
          todo: 'Send from an address at your own domain.',
        },
      },
      size: {
        ok: { title: 'The HTML is {{kb}} KB, under Gmail’s 102 KB' },
        clipped: {
          title: 'Gmail will clip this message',
          explain:
            'Its HTML is {{kb}} KB. Gmail shows only the first {{limitKb}} KB and hides the rest behind “View entire message”, often with the unsubscribe link.',
          todo: 'Shorten the letter or its code (long styles, comments, markup pasted from elsewhere).',
        },
      },
      alt: {
        ok: { title: 'Every image has alt text' },
        missing: {
          title: 'Images without alt text: {{count}}',
          explain:
            'Many mail apps hide images until the reader allows them; images without alt text ({{examples}}) then show as empty boxes, and screen readers say nothing about them.',
          todo: 'Give each image a short alt text that says what it shows (alt="" for a purely decorative one).',
        },
      },
      links: {
        ok: { title: 'Every link is https' },
        http: {
          title: 'Links over plain http: {{count}}',
          explain:
            'Links such as {{examples}} are not encrypted; some mail apps and filters mark them as unsafe.',
          todo: 'Use https:// addresses.',
        },
      },
      unsubscribe: {
        oneClick: { title: 'One-click unsubscribe is offered (List-Unsubscribe-Post)' },
        mailtoOnly: {
          title: 'No one-click unsubscribe',
          explain:
            'Since 2024 Gmail and Yahoo ask bulk senders for one-click unsubscribe: an https link the mail app calls for the reader (RFC 8058). The address {{mailto}} works too, since the request arrives there as a letter, and Outbox picks such requests up when it reads that mailbox; but it is not one-click. Outbox runs on your computer and has no web address of its own to receive the click.',
          todo: 'Add an https unsubscribe link (a page on your site or your mail service’s unsubscribe page) in the campaign’s unsubscribe settings, next to the address.',
        },
        none: {
          title: 'No unsubscribe header',
          explain:
            'The message has no List-Unsubscribe header, so mail apps show no Unsubscribe button, and Gmail and Yahoo ask bulk senders for one-click unsubscribe.',
          todo: 'Set an https unsubscribe link, an unsubscribe address, or both, in the campaign’s unsubscribe settings.',
        },
      },
      content: {
        unknown: { title: 'The message could not be checked: {{reason}}' },
      },
    },
  },
}

export const ru: Translation<typeof en> = {
  senderCheck: {
    title: 'Проверка отправителя',
    checking: 'Проверяются DNS-записи отправителя и письмо…',
    failed: 'Проверка отправителя не выполнилась: {{message}}',
    advice:
      'Советы по тому, на что смотрят почтовые службы получателей. Ничто из этого не мешает запуску.',
    nothingToFix: 'Исправлять нечего.',
    passed: 'В порядке',
    whatToDo: 'Что сделать: {{todo}}',
    onAccount: '{{account}}: {{title}}',
    checkLater:
      'Проверьте позже, открыв это окно ещё раз. Запускать можно и так: это значит лишь, что Outbox не смог посмотреть.',
    none: 'нет',
    via: {
      dkim: 'подписью DKIM',
      spf: 'адресом отправителя в конверте (SPF)',
      both: 'подписью DKIM и адресом отправителя в конверте (SPF)',
    },
    mode: {
      strict: 'точно (строгое совпадение)',
      relaxed: 'по основному домену (мягкое совпадение)',
    },
    reasons: {
      unreachable: 'не ответил ни один DNS-сервер. Нет подключения к интернету?',
      timeout: 'DNS-сервер слишком долго не отвечал.',
      servfail: 'DNS-сервер не смог ответить (SERVFAIL).',
      refused: 'DNS-сервер отказался отвечать.',
      hostNotFound: 'у имени SMTP-сервера {{host}} нет адреса в DNS.',
      keyUnreadable: 'не удалось открыть ключ DKIM, сохранённый в учётной записи.',
      render: 'письмо первого получателя не собирается (почему — сказано в проверке выше).',
      noRecipients: 'в рассылке нет получателей.',
      error: 'произошло что-то неожиданное ({{detail}}).',
    },
    codes: {
      dns: {
        notApplicable: {
          title:
            '{{account}} оставляет все письма на этом компьютере: SPF, DKIM и DMARC здесь ни при чём',
        },
      },
      spf: {
        pass: { title: 'SPF домена {{domain}} разрешает сервер {{host}} ({{addresses}})' },
        notAllowed: {
          title: 'SPF домена {{domain}} не разрешает сервер {{host}}',
          explain:
            'Получатели проверяют, что сервер, передающий им письмо, указан в записи SPF домена {{domain}}. Адресов {{host}} ({{addresses}}) там нет (запись отвечает «{{result}}»), поэтому письма могут попасть в спам или быть отклонены.',
          todo: 'Добавьте запись SPF вашего почтового провайдера (обычно include:…, как указано в его инструкции) в TXT-запись домена {{domain}}, начинающуюся с v=spf1. Если провайдер передаёт почту дальше с других серверов, а не с {{host}}, верны его инструкции.',
        },
        missing: {
          title: 'У домена {{domain}} нет записи SPF',
          explain:
            'Без SPF получатели не могут узнать, каким серверам разрешено отправлять почту от {{domain}}. Gmail и Yahoo требуют от каждого отправителя SPF или DKIM, а от массовых — и то и другое.',
          todo: 'Опубликуйте TXT-запись для {{domain}} вида «v=spf1 include:… ~all» с тем значением, что даёт ваш почтовый провайдер.',
        },
        broken: {
          title: 'В записи SPF домена {{domain}} ошибка',
          explain: 'Сломанную запись SPF получатели считают провалом проверки: {{detail}}.',
          todo: 'Исправьте TXT-запись домена {{domain}}, начинающуюся с v=spf1: такая запись должна быть одна, и в ней не больше 10 обращений к DNS (include, a, mx…).',
        },
        localRelay: {
          title: 'Отсюда нельзя судить о SPF для {{host}}',
          explain:
            '{{host}} находится на этом компьютере или в локальной сети. Он передаёт письма дальше со своего адреса в интернете, которого Outbox не видит.',
          todo: 'Убедитесь, что запись SPF домена {{domain}} называет сервер, который отправляет почту в интернет.',
        },
        unknown: { title: 'Не удалось проверить SPF домена {{domain}}: {{reason}}' },
      },
      dkim: {
        match: {
          title:
            'DKIM: ключ, опубликованный в {{selector}}._domainkey.{{domain}}, совпадает с ключом, которым подписывает Outbox',
        },
        mismatch: {
          title: 'Ключ DKIM в DNS не тот, которым подписывает Outbox',
          explain:
            'В записи {{selector}}._domainkey.{{domain}} другой открытый ключ, поэтому каждая подпись не проходит проверку и получатели считают письма неподписанными или поддельными.',
          todo: 'Опубликуйте открытый ключ, парный закрытому ключу из учётной записи (генератор ключей выдал их вместе), или сохраните в учётной записи подходящий закрытый ключ.',
        },
        missing: {
          title: 'Нет записи DKIM в {{selector}}._domainkey.{{domain}}',
          explain:
            'Outbox подписывает каждое письмо, но получатели не находят ключ для проверки подписи, и она не проходит.',
          todo: 'Опубликуйте TXT-запись в {{selector}}._domainkey.{{domain}} с открытым ключом: «v=DKIM1; k=rsa; p=…».',
        },
        revoked: {
          title: 'Ключ DKIM в {{selector}}._domainkey.{{domain}} отозван',
          explain:
            'В записи пустое p= — значит, ключ отозван, и подписи, сделанные им, не проходят проверку.',
          todo: 'Опубликуйте там действующий открытый ключ или укажите в учётной записи селектор, у которого он есть.',
        },
        notConfigured: {
          title: 'Outbox не подписывает письма от {{domain}} с помощью DKIM',
          explain:
            'Gmail и Yahoo требуют от массовых отправителей подпись DKIM, и с подписью DMARC проходит надёжнее: пересылка ломает SPF, но не DKIM. Если ваш почтовый провайдер сам подписывает письма для {{domain}}, это предупреждение к вам не относится.',
          todo: 'Настройте DKIM в учётной записи «{{account}}» (домен, селектор, закрытый ключ) и опубликуйте открытый ключ в DNS.',
        },
        unknown: { title: 'Не удалось проверить DKIM домена {{domain}}: {{reason}}' },
      },
      dmarc: {
        aligned: {
          title:
            'У домена {{domain}} есть запись DMARC (политика {{policy}}), и адрес From согласован с {{via}}',
        },
        misaligned: {
          title: 'Домен From {{domain}} не согласован ни с DKIM, ни с SPF',
          explain:
            'DMARC проходит, только если домен From совпадает {{mode}} с доменом подписи ({{dkimDomain}}) или с доменом отправителя в конверте ({{envelopeDomain}}). Ни один не совпадает, поэтому при политике «{{policy}}» получатели могут отклонить письма или отправить их в спам.',
          todo: 'Подписывайте DKIM от имени {{domain}} (домен DKIM {{domain}} в учётной записи) или отправляйте через учётную запись, чей собственный адрес в домене {{domain}}.',
        },
        missing: {
          title: 'У домена {{domain}} нет записи DMARC',
          explain:
            'С 2024 года Gmail и Yahoo требуют от массовых отправителей запись DMARC; без неё письма могут отклоняться.',
          todo: 'Опубликуйте TXT-запись в _dmarc.{{domain}}, хотя бы «v=DMARC1; p=none».',
        },
        unknown: { title: 'Не удалось проверить DMARC домена {{domain}}: {{reason}}' },
      },
      freeMail: {
        bulk: {
          title: 'Адрес отправителя — на бесплатной почте ({{domain}})',
          explain:
            'В этой рассылке {{recipients}} получателей, больше {{threshold}}. Бесплатные почтовые службы ограничивают, сколько писем ящик отправляет в день, и не разрешают массовые рассылки; получатели не доверяют массовой почте с бесплатных адресов; а через любой сервер, кроме собственного сервера службы, её политика DMARC не пропускает такие письма.',
          todo: 'Отправляйте с адреса в своём домене.',
        },
      },
      size: {
        ok: { title: 'HTML занимает {{kb}} КБ — меньше 102 КБ, после которых Gmail обрезает' },
        clipped: {
          title: 'Gmail обрежет это письмо',
          explain:
            'Его HTML занимает {{kb}} КБ. Gmail показывает только первые {{limitKb}} КБ, а остальное прячет за ссылкой «Показать всё сообщение» — часто вместе со ссылкой для отписки.',
          todo: 'Сократите письмо или его код (длинные стили, комментарии, разметку, вставленную из других мест).',
        },
      },
      alt: {
        ok: { title: 'У всех картинок есть альтернативный текст' },
        missing: {
          title: 'Картинок без альтернативного текста: {{count}}',
          explain:
            'Многие почтовые программы скрывают картинки, пока читатель их не разрешит; картинки без альтернативного текста ({{examples}}) тогда видны как пустые рамки, а программы экранного доступа ничего о них не говорят.',
          todo: 'Дайте каждой картинке короткий текст alt о том, что на ней (alt="" — для чисто декоративной).',
        },
      },
      links: {
        ok: { title: 'Все ссылки — https' },
        http: {
          title: 'Ссылок через незащищённый http: {{count}}',
          explain:
            'Ссылки вроде {{examples}} не шифруются; некоторые почтовые программы и фильтры помечают их как небезопасные.',
          todo: 'Используйте адреса https://.',
        },
      },
      unsubscribe: {
        oneClick: { title: 'Есть отписка в один клик (List-Unsubscribe-Post)' },
        mailtoOnly: {
          title: 'Нет отписки в один клик',
          explain:
            'С 2024 года Gmail и Yahoo требуют от массовых отправителей отписку в один клик: ссылку https, которую почтовая программа вызывает за читателя (RFC 8058). Адрес {{mailto}} тоже работает — просьба приходит на него письмом, и Outbox подхватывает такие просьбы, когда читает этот ящик, — но это не отписка в один клик. Outbox работает на вашем компьютере, и у него нет своего адреса в интернете, чтобы принять нажатие.',
          todo: 'Добавьте ссылку для отписки https (страницу на своём сайте или страницу отписки вашего почтового сервиса) в настройках отписки рассылки, рядом с адресом.',
        },
        none: {
          title: 'Нет заголовка для отписки',
          explain:
            'В письме нет заголовка List-Unsubscribe, поэтому почтовые программы не показывают кнопку «Отписаться», а Gmail и Yahoo требуют от массовых отправителей отписку в один клик.',
          todo: 'Укажите ссылку для отписки https, адрес для отписки или и то и другое в настройках отписки рассылки.',
        },
      },
      content: {
        unknown: { title: 'Не удалось проверить письмо: {{reason}}' },
      },
    },
  },
}
