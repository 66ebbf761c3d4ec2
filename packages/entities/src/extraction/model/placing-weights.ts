// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	1.31
dateline	-4.44
elsewhere	-6.15
ends=ababa	4.52
ends=airport	-6.14
ends=al-juma	4.83
ends=area	-4.01
ends=avenue	2.3
ends=barracks	-2.46
ends=bridge	8
ends=camp	1.99
ends=chad	-3.6
ends=checkpoint	-6.52
ends=city	1.63
ends=county	-4.7
ends=dam	-4.9
ends=darfur	-0.99
ends=delgado	-0.69
ends=division	-1.68
ends=dos	6.11
ends=east	-0.71
ends=fasher	-0.79
ends=highway	-9.13
ends=hospital	-7.86
ends=kivu	-1.77
ends=kordofan	-0.12
ends=market	8.5
ends=miskaad	-0.23
ends=mosque	5.13
ends=nile	-2.1
ends=province	-3.93
ends=region	-5.02
ends=river	-10.84
ends=road	-4.5
ends=sea	-3.03
ends=shabelle	-1.48
ends=square	-0.62
ends=state	-6.95
ends=street	-5.63
ends=sudan	-4.49
ends=sur	-2.47
ends=township	-1.81
ends=valley	-2.08
ends=zone	-4.37
headlineOnly	0.97
insidePick	0.07
inside|besidePick	0.51
inside|bias	0.07
inside|ends=area	-0.94
inside|ends=highway	-0.97
inside|ends=hospital	-3.3
inside|ends=market	2.48
inside|ends=road	-2.58
inside|headlineOnly	-3.92
inside|kind=admin1	-5.31
inside|kind=city	5.57
inside|kind=site	1.34
inside|locative	-0.34
inside|mentions=1	-2.35
inside|mentions=2	1.55
inside|mentions=3	0.87
inside|named	-0.02
inside|near	4.73
inside|next=and	-5.84
inside|next=area	6.85
inside|next=at	3.23
inside|next=in	8.76
inside|next=near	-0.97
inside|next=of	-2.53
inside|next=region	0.99
inside|next=said	-4.77
inside|next=who	2.6
inside|origin	-9.78
inside|prev2=at the	4.97
inside|prev2=in the	-1.32
inside|prev2=on the	-1.94
inside|prev=and	-1.06
inside|prev=at	-3.81
inside|prev=in	1.02
inside|prev=of	-1.49
inside|prev=the	-4.5
inside|rank<=1	2.82
inside|rank<=2	0.86
inside|rank<=4	-4.94
inside|rank>4	0.44
inside|sentence<=0	-2.17
inside|sentence<=1	3.72
inside|sentence<=2	2.36
inside|sentence<=3	-3.87
inside|sentence<=5	2.59
inside|sentence<=8	0.03
inside|sentence>8	-5.79
inside|untold	3.21
inside|weight<=0	3.21
inside|weight<=1	2.16
inside|weight<=12	-2.93
inside|weight<=2	0.51
inside|weight<=4	1.38
inside|weight<=7	-4.84
inside|weight>12	0.58
kind=admin1	-6.59
kind=admin2	-1.68
kind=city	-1.39
kind=region	3.46
kind=site	6.2
locative	-2
mentions=1	-3.03
mentions=2	0.39
mentions=3	2.64
named	-1.13
near	-4.12
next='s	-11.36
next=a	12.49
next=about	-0.35
next=according	6.85
next=afp	-4.21
next=after	3.74
next=also	-1.91
next=an	-2.36
next=and	-1.64
next=area	8.86
next=around	9.34
next=as	6.76
next=at	3.04
next=by	1.91
next=community	2.19
next=department	-2.24
next=district	-4.36
next=during	-3.23
next=early	-12.25
next=for	6.28
next=forest	-1.53
next=from	4.89
next=had	-0.73
next=have	-0.2
next=he	-1.95
next=in	4.82
next=is	6.82
next=killed	-1.54
next=killing	-2.89
next=kills	3.32
next=last	-3.82
next=late	-1.47
next=may	-0.16
next=mountains	-1.91
next=near	2.72
next=neighbourhood	4.65
next=north	1.33
next=of	-8.51
next=officials	1.87
next=on	2.9
next=one	-3.22
next=police	-0.33
next=prefecture	-0.73
next=province	-4.8
next=region	-11.96
next=regional	-1.83
next=regions	-2.27
next=residents	-2.77
next=road	-1.37
next=said	4.02
next=sector	4.19
next=shortly	-1.65
next=since	4.29
next=some	3.07
next=south	1.34
next=state	-1.89
next=territory	-2.74
next=that	-0.96
next=the	-0.96
next=they	-0.87
next=this	-7.13
next=through	-0.61
next=to	3.22
next=told	-0.95
next=town	2.32
next=township	-2.68
next=two	-4.27
next=village	11.67
next=was	-1.02
next=we	-2.1
next=were	-5.74
next=west	2.29
next=when	-5.64
next=where	4.67
next=which	-4.27
next=while	-3.54
next=who	0.59
next=with	0.78
next=’s	-4.7
origin	-5.34
pick|bias	5.02
pick|dateline	1.11
pick|kind=city	0.93
pick|locative	-0.47
pick|mentions=1	4.09
pick|mentions=2	1.89
pick|mentions=3	-0.96
pick|named	1.15
pick|near	0.71
pick|next='s	-10.48
pick|next=a	-2.08
pick|next=and	5.49
pick|next=by	1.25
pick|next=district	1.67
pick|next=in	1.2
pick|next=killed	-0.56
pick|next=late	1.76
pick|next=on	-0.2
pick|next=the	0.53
pick|next=town	3.78
pick|next=village	-1.45
pick|origin	5.88
pick|prev2=area of	-0.43
pick|prev2=city of	1.96
pick|prev2=control of	1.87
pick|prev2=district of	-2.87
pick|prev2=in the	-0.71
pick|prev2=municipality of	-4.42
pick|prev2=town of	2.71
pick|prev2=village of	5.06
pick|prev=at	-0.32
pick|prev=in	-0.15
pick|prev=near	-3.02
pick|prev=of	3.51
pick|prev=on	-0.11
pick|prev=the	2.75
pick|prev=to	-1.15
pick|rank<=0	0.29
pick|sentence<=0	0.4
pick|sentence<=1	-2.32
pick|sentence<=2	-4.41
pick|sentence<=3	-1.5
pick|sentence<=5	-0.36
pick|sentence>8	0.68
pick|settlement	-2.57
pick|weight<=1	0.84
pick|weight<=12	-0.62
pick|weight<=2	-1.25
pick|weight<=4	-1.45
pick|weight<=7	1.24
pick|weight>12	1.53
prev2=across the	-0.89
prev2=along the	-2.01
prev2=and the	-6.91
prev2=area of	-0.94
prev2=around the	0.16
prev2=as its	-0.67
prev2=at the	4.18
prev2=attack on	5.3
prev2=base in	1.72
prev2=building on	3.98
prev2=capital of	2.19
prev2=church in	-0.29
prev2=city of	-4.06
prev2=clash in	-8
prev2=community of	11.15
prev2=conference in	-3.22
prev2=control of	6.5
prev2=department of	-3.8
prev2=direction of	-2.73
prev2=district of	-4.86
prev2=districts of	-0.89
prev2=fighting in	-1.37
prev2=forces in	7.3
prev2=from the	-8.7
prev2=hospital in	-8.87
prev2=house in	5.48
prev2=in nearby	-3.11
prev2=in neighbouring	-0.69
prev2=in the	2.25
prev2=market in	1.53
prev2=mosque in	4.57
prev2=municipality of	-6.02
prev2=near the	-1.22
prev2=north of	-6.11
prev2=of the	2.49
prev2=office in	-3.02
prev2=on the	-1.2
prev2=outside the	6.54
prev2=outskirts of	7.1
prev2=people in	-9.91
prev2=police in	-8.62
prev2=port of	1.8
prev2=post in	-3.08
prev2=province of	1.54
prev2=provincial capital	-3.08
prev2=region of	-0.13
prev2=reporters in	-0.96
prev2=road between	0.11
prev2=said in	-0.61
prev2=sector of	-0.36
prev2=signed in	0.96
prev2=south of	-1.05
prev2=state capital	-2.66
prev2=state of	-3.86
prev2=station in	2.09
prev2=strike on	0.68
prev2=struck the	8.4
prev2=taken to	-0.35
prev2=the capital	-0.86
prev2=the city's	-3.74
prev2=the nearby	-0.96
prev2=the neighbouring	-0.21
prev2=to the	-4.43
prev2=towards the	-8.68
prev2=town in	-0.82
prev2=town of	4.21
prev2=treated at	-3.19
prev2=village in	2.3
prev2=village of	9.2
prev2=west of	-3.15
prev=across	-0.61
prev=along	-3.37
prev=and	-11.27
prev=around	11.1
prev=at	6.98
prev=attacked	5.63
prev=between	5.3
prev=capital	-2.48
prev=central	7.17
prev=city's	-3.74
prev=eastern	1.33
prev=for	-4.64
prev=from	-3.54
prev=hit	5.04
prev=in	2.38
prev=including	-0.63
prev=its	-0.67
prev=linking	-0.68
prev=near	6.15
prev=nearby	-4.06
prev=neighbouring	-0.9
prev=occupied	-2.01
prev=of	0.35
prev=on	-1.4
prev=say	-0.92
prev=says	-0.43
prev=somalia's	-0.92
prev=sudan's	-1.11
prev=the	0.06
prev=to	-0.67
prev=towards	-7.45
prev=village	-1.47
prev=western	-5.1
prev=with	6.23
rank<=0	-3.55
rank<=1	2.93
rank<=2	1.69
rank<=4	-0.13
rank>4	-0.94
rule-pick	5.02
sentence<=0	3.52
sentence<=1	4.22
sentence<=2	8.65
sentence<=3	5.36
sentence<=5	-1.83
sentence<=8	-4.7
sentence>8	-14.23
settlement	5.16
untold	-0.99
weight<=0	-0.99
weight<=1	0.98
weight<=12	-1.51
weight<=2	1.31
weight<=4	1.67
weight<=7	-0.79
weight>12	-0.66
`;
