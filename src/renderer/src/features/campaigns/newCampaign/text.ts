/** Words of the “new campaign” dialog: the starters, the user's own templates, HTML by hand. */
import type { Translation } from '@renderer/i18n/translation'

export const en = {
  newCampaign: {
    title: 'What will you send?',
    intro: 'Start from a letter and change it in the visual editor: no HTML needed.',
    starters: {
      newsletter: {
        name: 'Newsletter',
        hint: 'A few stories with a button to read more.',
        subject: 'News of the month',
      },
      promotion: {
        name: 'Promotion',
        hint: 'An offer, a code and a button to the shop.',
        subject: 'An offer until Sunday',
      },
      announcement: {
        name: 'Announcement',
        hint: 'Something new, what it gives, where to see it.',
        subject: 'Something new for you',
      },
      invitation: {
        name: 'Invitation',
        hint: 'An event: when, where, and a button to answer.',
        subject: 'You are invited',
      },
      personal: {
        name: 'Personal letter',
        hint: 'Plain text, as from one person to another.',
        subject: 'A few words from us',
      },
    },
    use: 'Use',
    own: 'Your templates',
    ownEmpty: 'Letters you keep with “Save as template” appear here.',
    visual: 'visual',
    html: 'HTML',
    images_one: '{{count}} image',
    images_other: '{{count}} images',
    deleteTemplate: 'Delete the template “{{name}}”',
    deleted: 'Template “{{name}}” deleted',
    byHand: 'Write the HTML yourself',
    byHandHint: 'For those who have the letter’s code ready.',
  },
}

export const ru: Translation<typeof en> = {
  newCampaign: {
    title: 'Что будем отправлять?',
    intro: 'Начните с готового письма и измените его в визуальном редакторе — HTML не нужен.',
    starters: {
      newsletter: {
        name: 'Новостная рассылка',
        hint: 'Несколько историй и кнопка «Читать дальше».',
        subject: 'Новости месяца',
      },
      promotion: {
        name: 'Акция',
        hint: 'Предложение, промокод и кнопка в магазин.',
        subject: 'Предложение до воскресенья',
      },
      announcement: {
        name: 'Анонс',
        hint: 'Что появилось, что это даёт и где посмотреть.',
        subject: 'У нас новое',
      },
      invitation: {
        name: 'Приглашение',
        hint: 'Событие: когда, где и кнопка для ответа.',
        subject: 'Приглашаем вас',
      },
      personal: {
        name: 'Личное письмо',
        hint: 'Простой текст, как от человека человеку.',
        subject: 'Несколько слов от нас',
      },
    },
    use: 'Выбрать',
    own: 'Ваши шаблоны',
    ownEmpty: 'Здесь появятся письма, которые вы сохраните кнопкой «Сохранить как шаблон».',
    visual: 'визуальный',
    html: 'HTML',
    images_one: '{{count}} изображение',
    images_few: '{{count}} изображения',
    images_many: '{{count}} изображений',
    images_other: '{{count}} изображения',
    deleteTemplate: 'Удалить шаблон «{{name}}»',
    deleted: 'Шаблон «{{name}}» удалён',
    byHand: 'Написать HTML самому',
    byHandHint: 'Если код письма у вас уже готов.',
  },
}
