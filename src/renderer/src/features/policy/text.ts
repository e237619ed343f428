/**
 * Words of the sending-policy pieces every screen shares: the time-zone picker, the sending
 * hours and how a moment is said ("resumes on Monday at 09:00"). Russian must have the same
 * keys (the compiler checks).
 */
import type { Translation } from '@renderer/i18n/translation'

export const en = {
  zone: {
    label: 'Time zone',
    hint: 'Type a city such as Moscow, or an offset such as UTC+3.',
    thisComputer: 'this computer',
    nothingFound: 'No such time zone. Try a city, or an offset such as UTC+03:00.',
  },
  hours: {
    enable: 'Send only within sending hours',
    enableHint: 'Outside these hours nothing new is sent; emails already on their way finish.',
    days: 'Days',
    from: 'From',
    to: 'To',
    noDays: 'Pick at least one day.',
    sameTimes:
      'The hours start and end at the same time. Switch sending hours off to send at any time.',
    anyTime: 'Any day, any time.',
    summary: '{{days}} {{from}}–{{to}}, {{zone}}',
    everyDay: 'Every day',
    weekdays: 'Weekdays',
    weekends: 'Weekends',
    overnight: 'Runs past midnight: each day’s hours end the next day ({{start}} → {{end}}).',
  },
  when: {
    today: 'today at {{time}}',
    tomorrow: 'tomorrow at {{time}}',
    weekday: {
      monday: 'on Monday at {{time}}',
      tuesday: 'on Tuesday at {{time}}',
      wednesday: 'on Wednesday at {{time}}',
      thursday: 'on Thursday at {{time}}',
      friday: 'on Friday at {{time}}',
      saturday: 'on Saturday at {{time}}',
      sunday: 'on Sunday at {{time}}',
    },
    date: 'on {{date}} at {{time}}',
    resumes: 'Waiting for sending hours: resumes {{when}} ({{zone}}).',
    startsAt: 'Starts {{date}} ({{zone}})',
  },
}

export const ru: Translation<typeof en> = {
  zone: {
    label: 'Часовой пояс',
    hint: 'Начните вводить город, например Moscow, или смещение, например UTC+3.',
    thisComputer: 'этот компьютер',
    nothingFound: 'Такого часового пояса нет. Попробуйте город или смещение вида UTC+03:00.',
  },
  hours: {
    enable: 'Отправлять только в часы отправки',
    enableHint: 'Вне этих часов новые письма не уходят; те, что уже в пути, доходят.',
    days: 'Дни',
    from: 'С',
    to: 'До',
    noDays: 'Выберите хотя бы один день.',
    sameTimes:
      'Часы начинаются и заканчиваются в одно время. Чтобы отправлять в любое время, выключите часы отправки.',
    anyTime: 'Любой день, любое время.',
    summary: '{{days}} {{from}}–{{to}}, {{zone}}',
    everyDay: 'Каждый день',
    weekdays: 'Будни',
    weekends: 'Выходные',
    overnight:
      'Через полночь: часы каждого дня заканчиваются на следующий день ({{start}} → {{end}}).',
  },
  when: {
    today: 'сегодня в {{time}}',
    tomorrow: 'завтра в {{time}}',
    weekday: {
      monday: 'в понедельник в {{time}}',
      tuesday: 'во вторник в {{time}}',
      wednesday: 'в среду в {{time}}',
      thursday: 'в четверг в {{time}}',
      friday: 'в пятницу в {{time}}',
      saturday: 'в субботу в {{time}}',
      sunday: 'в воскресенье в {{time}}',
    },
    date: '{{date}} в {{time}}',
    resumes: 'Ждёт часов отправки: продолжит {{when}} ({{zone}}).',
    startsAt: 'Начнётся {{date}} ({{zone}})',
  },
}
